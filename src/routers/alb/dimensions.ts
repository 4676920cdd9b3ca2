/** `…:targetgroup/name/id` → `targetgroup/name/id`; a listener or rule ARN → `app/name/id`: CloudWatch's dimensions for ALB. */
export function dimensionsOf(targetGroupArn: string, routeArn: string): { targetGroup: string; loadBalancer: string } {
  const targetGroup = targetGroupArn.split(":").slice(5).join(":");
  const [, type, name, id] = routeArn.split(":").slice(5).join(":").split("/");
  return { targetGroup, loadBalancer: `${type}/${name}/${id}` };
}
