import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 65004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegion),
/* harmony export */   a: () => (/* binding */ REGION_PATTERN)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);
// An AWS region as an input names it: every router that talks to CloudWatch or CloudFront reads one.

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;
function readRegion(name) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name);
    if (!value)
        return undefined;
    if (!REGION_PATTERN.test(value))
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `is not an AWS region, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value)}`, "eu-west-1");
    return value;
}


/***/ }),

/***/ 16590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   nZ: () => (/* binding */ cancellable)
/* harmony export */ });
/* unused harmony export isCancel */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(28705);

/** Why an abort happened: the runner cancelled the job. */
class Cancelled extends Error {
    name = "Cancelled";
    constructor(signal) {
        super(`${signal} received: the run was cancelled`);
    }
}
/**
 * GitHub's runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after.
 * While `work` runs, either signal aborts its AbortSignal instead of killing the process, so that
 * it can leave the router in a known state within that grace.
 */
async function cancellable(whatNext, work) {
    const controller = new AbortController();
    const handlers = ["SIGINT", "SIGTERM"].map((name) => {
        const handler = () => {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} received: ${whatNext} before exiting.`);
            if (!controller.signal.aborted)
                controller.abort(new Cancelled(name));
        };
        process.on(name, handler);
        return [name, handler];
    });
    try {
        return await work(controller.signal);
    }
    finally {
        for (const [name, handler] of handlers)
            process.off(name, handler);
    }
}
/** Settles with `promise`, or rejects as soon as `signal` aborts: a retry loop must not hold a cancel up. */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        Promise.resolve(promise)
            .then(resolve, reject)
            .finally(() => signal.removeEventListener("abort", onAbort));
    });
}
function isCancel(error) {
    return error instanceof Cancelled;
}


/***/ }),

/***/ 66101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ otherColor),
/* harmony export */   l: () => (/* binding */ COLORS)
/* harmony export */ });
const COLORS = ["blue", "green"];
function otherColor(color) {
    return color === "blue" ? "green" : "blue";
}


/***/ }),

/***/ 15427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   mI: () => (/* binding */ readMetricPeriod)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);
// Durations as inputs give them (`90s`, `5m`, `1h30m`) and as logs show them.

const DURATION_UNITS_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `5m`, `24h`, `1h30m`, `250ms`, `0s`. A bare number is refused: its unit would be a guess. */
const DURATION_PATTERN = /^(\d+(ms|s|m|h|d))+$/;
function parseDuration(text) {
    if (!DURATION_PATTERN.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h|d)/g)) {
        total += Number(amount) * DURATION_UNITS_MS[unit];
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1_000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)}s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1_000);
    if (minutes < 60)
        return seconds ? `${minutes}m${seconds}s` : `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}
/** A duration in milliseconds. */
function readDuration(name, fallback, max = DURATION_UNITS_MS.d * 365) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name) || fallback;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `must be a duration such as 90s, 5m or 24h, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value)}`, fallback);
    }
    if (ms > max)
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `must be at most ${formatDuration(max)}, got ${value}`, fallback);
    return ms;
}
/**
 * metric-period in seconds. ALB publishes its CloudWatch metrics once a minute, so a shorter
 * period gives no finer data (and shows empty periods between the minutes): whole minutes only.
 */
function readMetricPeriod() {
    const ms = readDuration("metric-period", "60s", 3_600_000);
    if (ms < 60_000 || ms % 60_000 !== 0) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("metric-period", `must be whole minutes, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)("metric-period")}: ALB publishes its CloudWatch metrics once a minute, so a shorter period gives no finer data`, "60s");
    }
    return ms / 1000;
}


/***/ }),

/***/ 62807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ CutoverError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   uF: () => (/* binding */ awsCall)
/* harmony export */ });
/* unused harmony export errorCode */
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16590);

/**
 * A mistake in what the user gave us (inputs, router layout, tags), as opposed to a bug or an
 * outage. The runner reports it as one `::error::` line, without a stack trace.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/**
 * A failure the step foresaw and can explain: a gate that said no, a router in an unexpected
 * state, an AWS call that was refused. Reported without a stack trace; anything else is a bug.
 */
class CutoverError extends Error {
    name = "CutoverError";
    /** What became of the release: the first word of the summary's verdict. */
    outcome;
    /** The verdict without what the log line adds for grep (a timeline in one line, say). */
    verdict;
    /** What matters for this outcome, as Markdown blocks for the job summary. */
    details;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.outcome = options.outcome ?? "failed";
        this.verdict = options.verdict ?? message;
        this.details = options.details ?? [];
    }
    /** Set when the outputs already say where the routes stand, so the outer catch need not read them again. */
    outputsSet = false;
}
/** An AWS call that failed, named by service and operation, with the IAM permission it needs. */
class AwsCallError extends CutoverError {
    name = "AwsCallError";
    code;
    constructor(service, operation, cause) {
        const code = errorCode(cause);
        const message = cause instanceof Error ? cause.message : String(cause);
        const hint = /AccessDenied|UnauthorizedOperation|NotAuthorized/.test(code)
            ? ` The role needs the IAM permission ${iamAction(service, operation)}.`
            : "";
        const prefix = code === "Error" || message.startsWith(code) ? "" : `${code}: `;
        super(`${service} ${operation} failed: ${prefix}${message.replace(/\.$/, "")}.${hint}`, { cause });
        this.code = code;
    }
}
function errorCode(error) {
    if (error && typeof error === "object" && "name" in error && typeof error.name === "string")
        return error.name;
    return "Error";
}
function iamAction(service, operation) {
    const prefix = { ELBv2: "elasticloadbalancing", CloudFront: "cloudfront", CloudWatch: "cloudwatch" }[service];
    return `${prefix ?? service.toLowerCase()}:${operation}`;
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Runs one AWS call; a failure becomes an AwsCallError that names the service and operation. */
async function awsCall(service, operation, send) {
    try {
        return await send();
    }
    catch (error) {
        if (error instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .Cancelled */ .cJ)
            throw error;
        throw new AwsCallError(service, operation, error);
    }
}


/***/ }),

/***/ 97529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   L: () => (/* binding */ readingFrom),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Mm: () => (/* binding */ readOptionalChoice),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UN: () => (/* binding */ currentFallback),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   hf: () => (/* binding */ readingAs),
/* harmony export */   nf: () => (/* binding */ readRequiredString),
/* harmony export */   oO: () => (/* binding */ readPercent),
/* harmony export */   qr: () => (/* binding */ useFallback),
/* harmony export */   wo: () => (/* binding */ readUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28705);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90342);



let aliases = {};
/**
 * Reads a step's inputs under other names: the one-step root action gives each phase's inputs
 * their own names (`paths` of warm-caches is `warm-paths` there), and errors name what the user set.
 * `read` is synchronous (readInputs does no I/O), so the names hold for exactly that call: no other
 * read can interleave, which is why they are not threaded through the 175 reader calls.
 */
function readingAs(names, read) {
    const saved = aliases;
    aliases = names;
    try {
        return read();
    }
    finally {
        aliases = saved;
    }
}
function inputName(name) {
    return aliases[name] ?? name;
}
let fallback;
/** While set, the only source of every input: one entry of an environment's `routers:` list. */
let scope;
function useFallback(next) {
    fallback = next;
}
/** The fallback in use, when an environment file is. */
function currentFallback() {
    return fallback;
}
/**
 * Reads inputs from `source` alone (nothing given directly, no other setting), for exactly the
 * synchronous `read`: one router's settings among several in an environment's `routers:` list.
 */
function readingFrom(source, read) {
    const saved = scope;
    scope = source;
    try {
        return read();
    }
    finally {
        scope = saved;
    }
}
function inputError(name, problem, example) {
    const shown = inputName(name);
    if (scope)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${scope.where(shown)} ${problem}. Example: ${scope.setting(shown)}: ${example}`);
    if (fallback && !given(name)) {
        const where = fallback.where(shown);
        const setting = fallback.setting(shown);
        if (fallback.value(shown) !== undefined)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} ${problem}. Example: ${setting}: ${example}`);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${shown}' (or ${where}) ${problem}. Example: ${shown}: ${example}`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${shown}' ${problem}. Example: ${shown}: ${example}`);
}
/** A value as an error message quotes it: shortened, in quotes. */
function quoted(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
function given(name) {
    return _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(inputName(name)).trim();
}
/**
 * The raw input, trimmed; when not given (unset or empty), the environment file's setting; '' when
 * neither. Kept separate so that every reader sees the same value.
 */
function raw(name) {
    if (scope)
        return scope.value(name)?.trim() || "";
    return given(name) || fallback?.value(inputName(name))?.trim() || "";
}
function readString(name, fallback = "") {
    return raw(name) || fallback;
}
function readRequiredString(name, example) {
    const value = raw(name);
    if (!value)
        throw inputError(name, "is required but was empty", example);
    return value;
}
/** Items separated by commas and/or newlines; blanks dropped. */
function readList(name) {
    return raw(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);
/** YAML 1.2 core-schema booleans only: `yes`/`on` are mistakes, not truths. */
function readBoolean(name, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw inputError(name, `must be true or false, got ${quoted(value)}`, String(fallback));
}
function readInteger(name, fallback, range) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (!/^-?\d+$/.test(value))
        throw inputError(name, `must be a whole number, got ${quoted(value)}`, String(fallback));
    const parsed = Number(value);
    if (parsed < range.min || parsed > range.max) {
        throw inputError(name, `must be between ${range.min} and ${range.max}, got ${parsed}`, String(fallback));
    }
    return parsed;
}
/** `1%`, `0.5%` or a fraction such as `0.01`; returned as a fraction. */
function readPercent(name, fallback) {
    const value = raw(name) || fallback;
    const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value);
    const fraction = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
    if (!match || fraction > 1 || (!match[2] && Number(match[1]) > 1)) {
        throw inputError(name, `must be a percentage such as 1% or a fraction such as 0.01, got ${quoted(value)}`, fallback);
    }
    return fraction;
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw inputError(name, `must be one of ${choices.join(", ")}, got ${quoted(value)}`, fallback);
}
/** A choice that may be left empty: undefined then. */
function readOptionalChoice(name, choices) {
    if (!raw(name))
        return undefined;
    return readChoice(name, choices, choices[0]);
}
function readUrl(name, example = "https://test.example.com/health") {
    const value = raw(name);
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw inputError(name, `is not a URL, got ${quoted((0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .hideUserinfo */ .kc)(value))} (a scheme such as https:// is required)`, example);
    }
    (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .maskUserinfo */ .g6)(url);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw inputError(name, `must be an http:// or https:// URL, got ${quoted((0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(url))}`, example);
    }
    return url;
}


/***/ }),

/***/ 72077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28705);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3669);



/**
 * Checks until `check` says done, the time is up or the run is cancelled, logging a progress line
 * every few seconds: every wait in cutover (read-back, health, drain) goes through here.
 */
async function pollUntil(check, options) {
    const { timeoutMs, pollMs = 1_000, progressMs = 5_000, signal } = options;
    const started = Date.now();
    let nextProgress = started + progressMs;
    for (;;) {
        const { done, value } = await check();
        const ms = Date.now() - started;
        if (done || ms >= timeoutMs || signal?.aborted)
            return { done, value, ms };
        if (Date.now() >= nextProgress) {
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(options.progress(value, (0,_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs - ms)));
            nextProgress += progressMs;
        }
        await (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(Math.min(pollMs, Math.max(0, timeoutMs - ms)), signal);
    }
}


/***/ }),

/***/ 28705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./build/core/runner.js
// The runner's side of a step, done by @actions/core's own command modules: workflow commands
// (::error::, ::add-mask::, groups) on stdout, and file commands (GITHUB_OUTPUT) with its
// delimiter check. They are imported by path, not through the package's index, because the index
// also loads its OIDC client and with it undici (0.9 MB): about 50 ms of CPU in every step, which
// `npm run bench` measured as a third of what a status step costs beyond a bare node, for a token
// cutover never asks for (configure-aws-credentials does). Build and tests resolve the path from
// src/core and from the compiled tree alike (scripts/build.ts keeps it at src's depth).




/** An input as @actions/core's getInput reads it: INPUT_ and the name upper-cased, spaces as _. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
function setSecret(secret) {
    issueCommand("add-mask", {}, secret);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
}
const warning = (message) => issueCommand("warning", {}, message);
const error = (message) => issueCommand("error", {}, message);
const startGroup = (name) => issue("group", name);
const endGroup = () => issue("endgroup");
/** A step output in GITHUB_OUTPUT; off Actions it falls back to the old command, as core.setOutput does. */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand("set-output", { name }, value);
}
/** Appends Markdown to the job summary, as core.summary does; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await (0,promises_.appendFile)(file, `${markdown}${external_node_os_.EOL}`, { encoding: "utf8" });
}


/***/ }),

/***/ 3669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Si: () => (/* binding */ every),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits `ms`, or less when `signal` aborts first. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        }
        signal?.addEventListener("abort", done, { once: true });
    });
}
/** ISO-8601 UTC to the second: within the AWS tag charset, and what humans read in the console. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
/**
 * Calls `tick` every `ms` until the returned stop is called: a progress line that keeps its pace
 * whatever the loop it reports on is waiting for.
 */
function every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
}


/***/ }),

/***/ 90342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XA: () => (/* binding */ pathOn),
/* harmony export */   dp: () => (/* binding */ httpOrigin),
/* harmony export */   g6: () => (/* binding */ maskUserinfo),
/* harmony export */   kc: () => (/* binding */ hideUserinfo),
/* harmony export */   z9: () => (/* binding */ pathProblem),
/* harmony export */   zA: () => (/* binding */ shownUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28705);


/** `https://cdn.example.com/x` → `https://cdn.example.com`; undefined for anything but http(s). */
function httpOrigin(value) {
    try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** A URL as it may be logged: any user:password in it shown as ***. */
function shownUrl(url) {
    if (typeof url === "string")
        return hideUserinfo(url);
    if (!url.username && !url.password)
        return url.href;
    const shown = new URL(url.href);
    shown.username = "***";
    shown.password = "";
    return shown.href;
}
/** The same for text that may not even parse as a URL, such as a bad input. */
function hideUserinfo(text) {
    return text.replace(/(\/\/)[^/@\s]*@/g, "$1***@");
}
/** The runner masks a URL's user and password in every later line, as it does header values. */
function maskUserinfo(url) {
    for (const part of [url.username, url.password].filter(Boolean)) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(part);
        const decoded = safeDecode(part);
        if (decoded !== part)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(decoded);
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
const NOWHERE = "http://cutover.invalid";
/**
 * Why `path` is not a path on the checked host, or undefined when it is. `//host/x` and `/\host`
 * name another host once resolved, and a URL parser drops tabs and newlines silently, so the
 * only safe test is to resolve the path and see that the origin stayed.
 */
function pathProblem(path) {
    if (!path.startsWith("/"))
        return "does not start with /";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[\u0000-\u001f\u007f]/.test(path))
        return "holds a control character";
    try {
        if (new URL(path, NOWHERE).origin === NOWHERE)
            return undefined;
    }
    catch {
        return "is not a valid path";
    }
    return "names another host (a path must not start with // or /\\)";
}
/** `path` on `base`'s host; a path that would leave that host is refused, so headers never travel. */
function pathOn(base, path) {
    const problem = pathProblem(path);
    const url = new URL(path, base);
    if (problem || url.origin !== base.origin)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`The path ${JSON.stringify(path)} ${problem ?? "leaves the checked host"}; it was not requested.`);
    return url;
}


/***/ }),

/***/ 55853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ PERCENT_PATTERN),
/* harmony export */   OI: () => (/* binding */ SETTING_NAMES),
/* harmony export */   U5: () => (/* binding */ ROUTER_SETTINGS),
/* harmony export */   cy: () => (/* binding */ PER_RUN_INPUTS),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* harmony import */ var _core_aws_region_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65004);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28539);
// What an environment file may hold: every setting, by the name the one-step root action gives the
// input, with the shape its value must have. The routers' settings are the inputs the registry
// lists, so a new router's inputs are settings as soon as it is registered. The validator, the
// published JSON Schema and the tests all read this table, so that they cannot disagree.


const string = (example, pattern) => ({ type: "string", example, pattern });
const url = (example) => string(example, URL_PATTERN);
const integer = (example) => ({ type: "integer", example });
const boolean = (example) => ({ type: "boolean", example });
const duration = (example) => ({ type: "duration", example });
const percent = (example) => ({ type: "percent", example });
const list = (example, pattern) => ({ type: "list", item: "string", example, pattern });
const choice = (...choices) => ({ type: "choice", choices });
const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
const URL_PATTERN = /^https?:\/\/\S+$/;
const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:/;
const ACCOUNT_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";
/** The IAM role the workflows assume: no step's input but the environment step's. */
const ROLE = string("arn:aws:iam::123456789012:role/cutover-production", /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/);
/** The shapes of the routers' inputs (src/routers/registry.ts); one a router adds without a shape here is a string. */
const ROUTER_SHAPES = {
    router: choice(...(0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .routerKindNames */ .Sx)()),
    "listener-arn": string(`${ACCOUNT_ARN}:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2`, ELB_ARN),
    "rule-arns": list([`${ACCOUNT_ARN}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`], ELB_ARN),
    "test-listener-arn": string(`${ACCOUNT_ARN}:listener/app/shop/50dc6c495c0c9188/0467ef3c8400ae65`, ELB_ARN),
    "test-rule-arns": list([`${ACCOUNT_ARN}:listener-rule/app/shop/50dc6c495c0c9188/0467ef3c8400ae65/1a2b3c4d5e6f7a8b`], ELB_ARN),
    "blue-target-group-arn": string(`${ACCOUNT_ARN}:targetgroup/shop-blue/6d0ecf831eec9f09`, ELB_ARN),
    "green-target-group-arn": string(`${ACCOUNT_ARN}:targetgroup/shop-green/7a2232595e5f1002`, ELB_ARN),
    "aws-region": string("eu-west-1", _core_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .REGION_PATTERN */ .a),
    "verify-timeout": duration("60s"),
    "max-attempts": integer(5),
};
/** The steps' other settings, under the root action's names (unique across the steps). */
const STEPS = {
    "deploy-command": string("./deploy/ecs-update.sh"),
    "deploy-timeout": duration("30m"),
    "register-targets": list(["10.0.1.12:8080", "10.0.2.12:8080"]),
    "replace-targets": boolean(false),
    "min-healthy-targets": integer(1),
    "health-timeout": duration("10m"),
    drift: choice("warn", "fail", "off"),
    "smoke-target": choice("standby", "active", "both"),
    "standby-url": url("https://test.shop.example.com:8443"),
    "active-url": url("https://shop.example.com"),
    checks: { type: "checks" },
    "cdn-origins": list(["https://cdn.shop.example.com"]),
    "smoke-report-path": string("reports/smoke.json"),
    "host-header": string("shop.example.com"),
    "insecure-tls": boolean(true),
    "request-timeout": duration("10s"),
    "smoke-retries": integer(0),
    "smoke-concurrency": integer(4),
    "warm-paths": list(["/", "/products"]),
    "warm-paths-file": string(".github/warm-paths.txt"),
    sitemap: url("https://shop.example.com/sitemap.xml"),
    "requests-per-path": integer(1),
    "warm-concurrency": integer(8),
    "warm-duration": duration("1m"),
    "warm-max-error-rate": percent("5%"),
    "warm-retries": integer(0),
    "require-healthy": boolean(true),
    strategy: choice("all-at-once", "linear", "steps"),
    "linear-percent": integer(10),
    steps: { type: "list", item: "integer", example: [10, 50, 100] },
    "step-interval": duration("2m"),
    "probe-url": url("https://shop.example.com/health"),
    "probe-interval": duration("250ms"),
    "max-p95-latency": duration("2s"),
    "max-error-rate": percent("1%"),
    "alarm-names": list(["shop-5xx-rate"]),
    cloudwatch: boolean(true),
    "sticky-sessions": choice("keep", "release"),
    "verify-url": url("https://shop.example.com/version"),
    "version-header": string("x-app-version"),
    "version-field": string("version"),
    "drain-timeout": duration("0s"),
    "metric-period": duration("60s"),
    "environment-url": url("https://shop.example.com"),
    "distribution-id": list(["E2QWRUHAPOMQZL"]),
    "purge-paths": list(["/", "/index.html"]),
    "purge-wait": boolean(true),
    "purge-timeout": duration("10m"),
    "cdn-verify-url": url("https://shop.example.com/version"),
    "soak-duration": duration("10m"),
    "soak-window": duration("30s"),
    "soak-probe-interval": duration("100ms"),
    "probe-timeout": duration("5s"),
    "cloudwatch-metrics": boolean(true),
    "poll-interval": duration("10s"),
    "metrics-url": url("https://shop.example.com/metrics.json"),
    "metrics-path": string("errorRate"),
    "min-samples": integer(10),
    "consecutive-breaches": integer(2),
    "max-error-rate-increase": percent("0.5%"),
    "require-traffic": boolean(true),
    "on-breach": choice("rollback", "fail"),
    ttl: duration("24h"),
    "deregister-targets": boolean(true),
    "teardown-command": string("./deploy/scale-to-zero.sh"),
    "teardown-timeout": duration("30m"),
    "teardown-drain-timeout": duration("15m"),
};
/** The routers' settings, which an entry of `routers:` holds. */
const ROUTER_SETTINGS = Object.fromEntries((0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .routerInputs */ .PN)().map((input) => [input.name, ROUTER_SHAPES[input.name] ?? string(input.default ?? "value")]));
const SETTINGS = {
    router: ROUTER_SETTINGS.router,
    role: ROLE,
    ...ROUTER_SETTINGS,
    ...STEPS,
};
/**
 * Inputs that belong to one run, never to an environment: what is released, where to, why, and
 * secrets (a token or a header belongs in the repository's secrets, not in a committed file).
 */
const PER_RUN_INPUTS = [
    "environment",
    "environment-file",
    "version",
    "to",
    "expected-active-color",
    "expected-version",
    "reason",
    "force",
    "dry-run",
    "deployment-id",
    "github-token",
    "headers",
];
const REQUEST = { timeout: "request-timeout" };
const PURGE = { paths: "purge-paths", wait: "purge-wait", timeout: "purge-timeout", "verify-url": "cdn-verify-url" };
/**
 * Step input → setting, where a step's input means something else in another step (`paths` of
 * warm-caches is `warm-paths`). The one-step root action reads its phases under these names too.
 */
const SETTING_NAMES = {
    "smoke-test": {
        ...REQUEST,
        target: "smoke-target",
        url: "standby-url",
        "report-path": "smoke-report-path",
        retries: "smoke-retries",
        concurrency: "smoke-concurrency",
    },
    "warm-caches": {
        ...REQUEST,
        url: "standby-url",
        paths: "warm-paths",
        "paths-file": "warm-paths-file",
        concurrency: "warm-concurrency",
        duration: "warm-duration",
        "max-error-rate": "warm-max-error-rate",
        retries: "warm-retries",
    },
    "purge-cdn": PURGE,
    "soak-monitor": { ...PURGE, duration: "soak-duration", window: "soak-window", "probe-interval": "soak-probe-interval" },
    rollback: PURGE,
    teardown: { "drain-timeout": "teardown-drain-timeout" },
};


/***/ }),

/***/ 62546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Et: () => (/* binding */ setCommonOutputs),
/* harmony export */   Jc: () => (/* binding */ colorNotes),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   PX: () => (/* binding */ tornDownAt),
/* harmony export */   XJ: () => (/* binding */ logSnapshot),
/* harmony export */   az: () => (/* binding */ routeTable),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   sR: () => (/* binding */ colorTable),
/* harmony export */   tk: () => (/* binding */ routesLine),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uG: () => (/* binding */ leadingColor)
/* harmony export */ });
/* unused harmony exports percent, colorRows */
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28705);
/* harmony import */ var _routing_routes_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(96591);
/* harmony import */ var _routing_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(54544);





/** The color that holds the traffic; while shifting, the one with the larger share. */
function leadingColor(state) {
    if (state.active)
        return state.active;
    const weights = state.production ?? state.routes[0].weights;
    return weights.green > weights.blue ? "green" : "blue";
}
function percent(weights, color) {
    const total = weights.blue + weights.green;
    return total === 0 ? 0 : Math.round((weights[color] / total) * 100);
}
/** The outputs DESIGN.md promises from every step: how jobs hand the colors to each other. */
function setCommonOutputs(snapshot) {
    const active = leadingColor(snapshot.state);
    const standby = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .otherColor */ .I)(active);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-color", active);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-color", standby);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-target-group-arn", snapshot.config.pools[active]);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-target-group-arn", snapshot.config.pools[standby]);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-version", (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOf */ .E4)(snapshot.tags[active]));
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-version", (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOf */ .E4)(snapshot.tags[standby]));
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("shifting", snapshot.state.active ? "false" : "true");
}
function role(state, tags, color) {
    if (!state.production)
        return "routes disagree";
    if (!state.active)
        return "shifting";
    if (state.active === color)
        return "active";
    return tornDownAt(tags) ? "torn down" : "standby";
}
/** When the color was torn down, unless a release was deployed onto it since. */
function tornDownAt(tags) {
    const at = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.tornDownAt];
    const deployed = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.deployedAt];
    return at && !(deployed && deployed > at) ? at : undefined;
}
function healthCell(verdict) {
    if (!verdict)
        return "not read";
    if (verdict.serving.length === 0)
        return "none registered";
    return `${verdict.healthy}/${verdict.serving.length} healthy`;
}
/** What the table cannot say: a torn-down color, and why the standby was last taken out of service. */
function colorNotes(snapshot) {
    return _core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.flatMap((color) => {
        const tags = snapshot.tags[color];
        const gone = tornDownAt(tags);
        const reason = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.rollbackReason];
        const retired = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.retiredAt];
        const notes = [];
        if (reason && retired)
            notes.push(`**${color}** was rolled back at ${retired}, because: ${reason}.`);
        if (gone)
            notes.push(`**${color}** was torn down at ${gone}${retired ? `, ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.parse(gone) - Date.parse(retired))} after it was retired` : ""}: it has no targets to roll back to until deploy-standby runs again.`);
        return notes;
    });
}
function colorRows(snapshot) {
    const { state, tags } = snapshot;
    const weights = state.production ?? state.routes[0].weights;
    return _core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.map((color) => [
        color,
        role(state, tags[color], color),
        `${percent(weights, color)}%`,
        (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOf */ .E4)(tags[color]) || "—",
        tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.liveSince] ?? "—",
        tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.retiredAt] ?? "—",
        healthCell(snapshot.health?.[color]),
    ]);
}
function logSnapshot(snapshot) {
    for (const route of snapshot.state.routes) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .routeName */ .xG)(route.ref).padEnd(40)} ${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(route.weights)}`);
    }
    for (const [color, ...rest] of colorRows(snapshot)) {
        const [roleText, share, version, liveSince, retiredAt, health] = rest;
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${color?.padEnd(6)} ${roleText?.padEnd(8)} ${share?.padStart(4)}  version ${version}  live-since ${liveSince}  retired-at ${retiredAt}  ${health}`);
    }
}
const COLOR_HEADER = ["Color", "Role", "Traffic", "Version", "Live since", "Retired at", "Targets"];
function table(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
    return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function colorTable(snapshot) {
    return table(COLOR_HEADER, colorRows(snapshot));
}
function routeTable(rows) {
    return table(["Route", "Before", "After"], rows.map((r) => [r.route, r.before, r.after]));
}
/** The routes in one line, by short names: the colors table says the rest. */
function routesLine(snapshot) {
    return `Routes: ${snapshot.state.routes.map((r) => `\`${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortRouteName */ .h)(r.ref)}\` ${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(r.weights)}`).join(" · ")}`;
}
/** GitHub refuses a step's summary over 1 MiB ("Job summaries": each step is limited to 1 MiB). */
const SUMMARY_LIMIT = 1024 * 1024;
const CUT_NOTE_ROOM = 300;
/** The block as it fits in `room` bytes: whole lines up to a point, then a note that it was cut. */
function fitSummary(block, room) {
    const size = Buffer.byteLength(block);
    if (size <= room)
        return block;
    const kept = Buffer.from(block)
        .subarray(0, Math.max(0, room - CUT_NOTE_ROOM))
        .toString("utf8");
    const cut = kept.slice(0, Math.max(0, kept.lastIndexOf("\n")));
    return `${cut}\n\n> **Cut here**: this summary would be ${Math.round(size / 1024)} KiB, over GitHub's 1 MiB limit for a step's summary. The step's log has every line.\n`;
}
/** A value shown in a line or a cell, cut to `max` characters. */
function clip(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 13794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ startPhase),
/* harmony export */   Ne: () => (/* binding */ noteSnapshot),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   gw: () => (/* binding */ finishSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(28705);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(62546);





/**
 * The job summary of this process, collected as the step goes and written once at its end by the
 * outer catch, whatever the outcome: a step cannot forget its summary by failing.
 */
const story = {
    blocks: [],
    phase: { name: "", started: 0 },
    snapshot: undefined,
    reread: undefined,
};
const REREAD_MS = 10_000;
/** The root action runs several steps: each one's block is timed from its own start. */
function startPhase(name) {
    story.phase = { name, started: performance.now() };
}
/** The latest state read, and how to read it again when the step fails after it. */
function noteSnapshot(snapshot, reread) {
    story.snapshot = snapshot;
    if (reread)
        story.reread = reread;
}
/** Records what the step did; the summary itself is written when the step ends. */
async function writeSummary(title, snapshot, sections) {
    story.snapshot = snapshot;
    story.blocks.push({
        phase: story.phase.name,
        title,
        sections: sections.filter(Boolean),
        ms: performance.now() - story.phase.started,
    });
}
/**
 * Writes the job summary: the verdict first, then what matters for it, then the colors once. A
 * summary that cannot be written is a warning: it never changes the step's outcome.
 */
async function finishSummary(step, error) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await writeStory(step, error);
    }
    catch (failure) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`The job summary could not be written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(failure)}`);
    }
}
async function writeStory(step, error) {
    const phase = story.phase.name || step;
    let stateNote = "";
    if (error !== undefined && !story.blocks.some((b) => b.phase === story.phase.name)) {
        story.blocks.push(failureBlock(phase, error, performance.now() - story.phase.started));
        stateNote = await rereadState();
    }
    // A step that reads no router (environment) has nothing to say in the summary.
    if (story.blocks.length === 0)
        return;
    const markdown = story.blocks.length > 1 || step === "cutover" ? renderPhases(error) : renderStep(stateNote);
    const file = process.env.GITHUB_STEP_SUMMARY;
    const used = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size : 0;
    await _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe((0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)(markdown, _report_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_LIMIT */ .Jt - used));
}
function failureBlock(phase, error, ms) {
    const known = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB ? error : undefined;
    const outcome = outcomeOf(error);
    return {
        phase,
        title: `cutover ${phase}: ${outcome}`,
        sections: [verdictLine(error), ...(known?.details ?? [])],
        ms,
        failure: true,
    };
}
/** After a failure, the colors as they are now, not as they were before the step wrote. */
async function rereadState() {
    const reread = story.reread;
    if (!reread)
        return "";
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(REREAD_MS)}`)), REREAD_MS);
    });
    try {
        story.snapshot = await Promise.race([reread(), timeout]);
        return "State read again after the failure:";
    }
    catch (error) {
        return story.snapshot ? `State as read before the failure (reading it again failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}):` : "";
    }
    finally {
        clearTimeout(timer);
    }
}
function renderStep(stateNote) {
    const block = story.blocks[0];
    return document(`### ${block.title}`, [...block.sections, stateNote, ...colors(), `Step time: ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(block.ms)}`]);
}
/** The root action: its verdict, each phase with its own time, and the colors once at the end. */
function renderPhases(error) {
    const last = story.blocks.at(-1);
    const total = story.blocks.reduce((sum, b) => sum + b.ms, 0);
    const names = story.blocks.map((b) => b.phase).join(" → ");
    const headline = error === undefined ? released(names, total) : `### cutover: ${outcomeOf(error)} in ${last.phase}\n\n${verdictLine(error)}`;
    const phases = story.blocks.map((b, i) => {
        // A failure block's verdict is the headline already.
        const body = b.failure ? b.sections.slice(1) : b.sections;
        const what = b.title.replace(/^cutover( [\w-]+)?: /, "");
        return [`#### ${i + 1}. ${b.phase}: ${what} · ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(b.ms)}`, ...body].join("\n\n");
    });
    return document(headline, [...phases, "#### Colors now", ...colors()]);
}
function released(phases, ms) {
    const snapshot = story.snapshot;
    const active = snapshot?.state.active;
    const version = active ? snapshot?.tags[active]["cutover:version"] : undefined;
    const what = active ? `${active} serves ${version ?? "an unversioned release"}` : "the router is split";
    return `### cutover: released${version ? ` ${version}` : ""}${active ? ` on ${active}` : ""}\n\n**Released:** ${what} after ${phases}, in ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(ms)}.`;
}
/** `**Reverted:** why`: the outcome, then the reason in the error's own words. */
function verdictLine(error) {
    const why = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB
        ? error.verdict
        : error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1
            ? `${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)} Nothing was written.`
            : `unexpected error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}. This is a bug in cutover; the log has the stack trace.`;
    return `**${capitalized(outcomeOf(error))}:** ${why}`;
}
function outcomeOf(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB ? error.outcome : "failed";
}
function colors() {
    const snapshot = story.snapshot;
    return snapshot ? [(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .colorTable */ .sR)(snapshot), ...(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .colorNotes */ .Jc)(snapshot), ...(snapshot.config.notes ?? []), (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .routesLine */ .tk)(snapshot)] : [];
}
function document(headline, sections) {
    return `${[headline, ...sections.filter(Boolean)].join("\n\n")}\n`;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 75005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ Prober)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROBE_OPTIONS, MAX_BODY */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(90342);



const DEFAULT_PROBE_OPTIONS = {
    timeoutMs: 5_000,
    retries: 0,
    retryBackoffMs: 200,
    insecureTls: false,
    concurrency: 8,
    headers: {},
};
/** Of a body, what is kept for judging. */
const KEPT_BODY = 1024 * 1024;
/** Past this a body is not read on: a probe must not spend minutes or gigabytes on one answer. */
const MAX_BODY = 16 * 1024 * 1024;
function failure(error) {
    return { status: 0, failed: true, headers: {}, body: "", error };
}
/** node:http and node:https cost a step a tenth of a second to load: only a step that probes loads them. */
const load = { http: () => process.getBuiltinModule("node:http"), https: () => process.getBuiltinModule("node:https") };
/**
 * The one HTTP engine behind every probe: pooled keep-alive connections, a deadline and a size
 * cap for each whole exchange, retries with backoff where asked for, and bounded concurrency
 * through the pool size. A slow or endless answer is a failed sample, never a hang.
 */
class Prober {
    options;
    #http;
    #https;
    /** The headers every request sends; the Host header, when set, wins over a request's own. */
    #headers;
    #host;
    constructor(options = {}) {
        this.options = { ...DEFAULT_PROBE_OPTIONS, ...options };
        this.#host = this.options.hostHeader ? { host: this.options.hostHeader } : {};
        this.#headers = { ...this.options.headers, ...this.#host };
        const pool = { keepAlive: true, maxSockets: this.options.concurrency };
        this.#http = new (load.http().Agent)(pool);
        this.#https = new (load.https().Agent)({ ...pool, rejectUnauthorized: !this.options.insecureTls });
    }
    async send(request, options = {}) {
        let attempt = 0;
        for (;;) {
            attempt += 1;
            const response = await this.#once(request, options);
            if (!response.failed || attempt > this.options.retries || options.signal?.aborted)
                return { ...response, attempts: attempt };
            await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(this.options.retryBackoffMs * 2 ** (attempt - 1), options.signal);
        }
    }
    close() {
        this.#http.destroy();
        this.#https.destroy();
    }
    #once(request, options) {
        const { url } = request;
        const started = performance.now();
        const secure = url.protocol === "https:";
        const timeoutMs = Math.min(options.timeoutMs ?? this.options.timeoutMs, this.options.timeoutMs);
        const headers = request.headers ? { ...this.#headers, ...request.headers, ...this.#host } : this.#headers;
        return new Promise((resolve) => {
            let req;
            let settled = false;
            const done = (answer) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                options.signal?.removeEventListener("abort", cancel);
                resolve({ ...answer, url: (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .shownUrl */ .zA)(url), latencyMs: performance.now() - started, attempts: 1 });
            };
            const stop = (error, timedOut = false) => {
                done({ ...failure(error), ...(timedOut ? { timedOut } : {}) });
                req?.destroy();
            };
            const timer = setTimeout(() => stop(`no whole answer within ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}`, true), timeoutMs);
            const cancel = () => stop("cancelled");
            if (options.signal?.aborted)
                return cancel();
            options.signal?.addEventListener("abort", cancel, { once: true });
            try {
                req = (secure ? load.https() : load.http()).request(url, {
                    method: request.method ?? "GET",
                    headers,
                    agent: secure ? this.#https : this.#http,
                    ...(secure && this.options.hostHeader ? { servername: this.options.hostHeader.split(":")[0] } : {}),
                }, (res) => this.#read(res, Boolean(options.readBody), done, stop));
            }
            catch (error) {
                // Node refuses a header it could not send; inputs are checked before, so this is a last guard.
                return stop(`the request could not be sent: ${error.message}`);
            }
            req.on("error", (error) => stop(error.message));
            req.end(request.body);
        });
    }
    #read(res, readBody, done, stop) {
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
            if (readBody && size < KEPT_BODY)
                chunks.push(chunk);
            size += chunk.length;
            if (size > MAX_BODY)
                stop(`the body is larger than ${MAX_BODY / 1024 / 1024} MiB; reading stopped there`);
        });
        res.on("end", () => {
            const status = res.statusCode ?? 0;
            done({ status, failed: status >= 500, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (error) => stop(error.message));
    }
}


/***/ }),

/***/ 28539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S6: () => (/* binding */ connectRouter),
  ab: () => (/* binding */ readRouterConfig),
  PN: () => (/* binding */ routerInputs),
  i$: () => (/* binding */ routerKind),
  Sx: () => (/* binding */ routerKindNames)
});

// UNUSED EXPORTS: registerRouter

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var core_inputs = __nccwpck_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 3 modules
var runner = __nccwpck_require__(28705);
;// CONCATENATED MODULE: ./build/core/lazy.js
/**
 * Stands in for a port until its first call, which loads it: the client behind it is loaded only
 * when a step first talks to the outside, never while inputs are read.
 */
function loadedOnFirstCall(load) {
    let port;
    return new Proxy({}, {
        // Not a promise itself: `then` stays undefined, so that awaiting the port is harmless.
        get: (_, method) => method === "then"
            ? undefined
            : async (...args) => {
                port ??= load();
                const loaded = (await port);
                return loaded[method]?.(...args);
            },
    });
}

// EXTERNAL MODULE: ./build/core/aws-region.js
var aws_region = __nccwpck_require__(65004);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __nccwpck_require__(15427);
;// CONCATENATED MODULE: ./build/routers/alb/arn.js
// ARNs of an Application Load Balancer's parts, as inputs name them.

const ARN_EXAMPLES = {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
    "listener-rule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
    targetgroup: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app-blue/6d0ecf831eec9f09",
    loadbalancer: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188",
};
const ARN_RESOURCE_PATTERNS = {
    listener: /^listener\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/[0-9a-f]+$/,
    "listener-rule": /^listener-rule\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/[0-9a-f]+\/[0-9a-f]+$/,
    targetgroup: /^targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/,
    loadbalancer: /^loadbalancer\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/,
};
const ARN_PATTERN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):(.+)$/;
function parseArn(value) {
    const match = ARN_PATTERN.exec(value);
    if (!match)
        return undefined;
    const [, partition, region, account, resource] = match;
    return { value, partition, region, account, resource };
}
function checkArn(name, value, type) {
    const arn = parseArn(value);
    if (!arn || !ARN_RESOURCE_PATTERNS[type].test(arn.resource)) {
        const what = type === "listener-rule" ? "listener rule" : type === "targetgroup" ? "target group" : type;
        throw (0,core_inputs/* inputError */.Xu)(name, `is not an Application Load Balancer ${what} ARN: got ${(0,core_inputs/* quoted */.TL)(value)}`, ARN_EXAMPLES[type]);
    }
    return arn;
}
function readArn(name, type) {
    const value = (0,core_inputs/* readString */.E3)(name);
    return value ? checkArn(name, value, type) : undefined;
}
function readRequiredArn(name, type) {
    const value = (0,core_inputs/* readString */.E3)(name);
    if (!value)
        throw (0,core_inputs/* inputError */.Xu)(name, "is required but was empty", ARN_EXAMPLES[type]);
    return checkArn(name, value, type);
}
function readArnList(name, type) {
    const arns = (0,core_inputs/* readList */.LD)(name).map((value) => checkArn(name, value, type));
    const seen = new Set();
    for (const arn of arns) {
        if (seen.has(arn.value))
            throw (0,core_inputs/* inputError */.Xu)(name, `lists ${(0,core_inputs/* quoted */.TL)(arn.value)} twice`, ARN_EXAMPLES[type]);
        seen.add(arn.value);
    }
    return arns;
}

;// CONCATENATED MODULE: ./build/routers/alb/config.js
// The ALB router's inputs: the production and test routes and the two target groups, by ARN.




/** The ARN's resource part, after `…:123456789012:`. */
function resourceOf(arn) {
    return arn.split(":").slice(5).join(":") || arn;
}
/** `listener` or `rule`: which ELBv2 call reads and writes the route. */
function routeKind(ref) {
    return resourceOf(ref.id).startsWith("listener-rule/") ? "rule" : "listener";
}
/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
function readAlbConfig() {
    const listener = readArn("listener-arn", "listener");
    const rules = readArnList("rule-arns", "listener-rule");
    const testListener = readArn("test-listener-arn", "listener");
    const testRules = readArnList("test-rule-arns", "listener-rule");
    const blue = readRequiredArn("blue-target-group-arn", "targetgroup");
    const green = readRequiredArn("green-target-group-arn", "targetgroup");
    const regionInput = (0,aws_region/* readRegion */.X)("aws-region");
    const verifyTimeoutMs = (0,durations/* readDuration */.$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,core_inputs/* readInteger */.JI)("max-attempts", 5, { min: 1, max: 20 });
    if (!listener && rules.length === 0) {
        throw (0,core_inputs/* inputError */.Xu)("listener-arn", "is required when rule-arns is empty: name the production listener, its rules, or both", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    }
    if (blue.value === green.value) {
        throw (0,core_inputs/* inputError */.Xu)("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
    }
    const routes = [
        ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
        ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
        ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
        ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
    ];
    checkNoRouteTwice(routes);
    const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
    const production = routes.filter((r) => r.role === "production").length;
    const test = routes.length - production;
    const lb = resourceOf((listener ?? rules[0]).value).split("/")[2];
    return {
        kind: "alb",
        description: `ALB ${lb}: ${production} production route(s), ${test} test route(s)`,
        routes,
        pools: { blue: blue.value, green: green.value },
        verifyTimeoutMs,
        testUrlKnown: Boolean(testListener),
        // ALB applies any integer weight from 0 to 999 to each target group.
        capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: true },
        aws: { region, partition: blue.partition, maxAttempts },
    };
}
function route(kind, role, arn, input) {
    return albRoute(kind, role, arn.value, input);
}
/** A route by its ARN, named as an operator recognises it. */
function albRoute(kind, role, arn, input) {
    const resource = resourceOf(arn);
    const parts = resource.split("/");
    const [type, , lb] = parts;
    const short = lb && (type === "listener" || type === "listener-rule") ? `${lb} ${kind} ${(parts.at(-1) ?? "").slice(0, 8)}` : resource;
    return { id: arn, role, name: resource, short, input };
}
function checkNoRouteTwice(routes) {
    const seen = new Map();
    for (const r of routes) {
        const earlier = seen.get(r.id);
        if (earlier) {
            throw (0,core_inputs/* inputError */.Xu)(r.input, `names ${r.id}, which ${earlier.input} names already`, "a route listed once only");
        }
        seen.set(r.id, r);
    }
}
/** The ARNs carry their region; the input and the environment must agree with them. */
function resolveRegion(input, arns) {
    const known = arns.filter((arn) => arn !== undefined);
    const [first] = known;
    for (const arn of known) {
        if (arn.region !== first.region || arn.account !== first.account) {
            throw (0,core_inputs/* inputError */.Xu)("blue-target-group-arn", `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`, "ARNs from the same load balancer's account and region");
        }
    }
    if (input && input !== first.region) {
        throw (0,core_inputs/* inputError */.Xu)("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
    }
    return first.region;
}

;// CONCATENATED MODULE: ./build/routers/alb/inputs.js
/** The ALB router's inputs, as every step's action.yml declares them. */
const ALB_INPUTS = [
    {
        name: "listener-arn",
        description: "router alb: ARN of the production listener whose default action forwards to the blue and green target groups. Give this, rule-arns, or both.",
    },
    {
        name: "rule-arns",
        description: "router alb: ARNs of production listener rules (comma- or newline-separated) that forward to the two target groups. They move together with the listener.",
    },
    {
        name: "test-listener-arn",
        description: "router alb: ARN of a test listener whose default action always forwards to the standby color. It moves the inverse way of production.",
    },
    {
        name: "test-rule-arns",
        description: "router alb: ARNs of test listener rules (comma- or newline-separated) that always forward to the standby color.",
    },
    { name: "blue-target-group-arn", description: "router alb (required): ARN of the blue target group." },
    { name: "green-target-group-arn", description: "router alb (required): ARN of the green target group." },
    {
        name: "aws-region",
        description: "AWS region of the load balancer. Defaults to the region in the ARNs; when given, it must match them.",
    },
    {
        name: "verify-timeout",
        description: "How long to read back after a write until every route shows the new weights (ELBv2 is eventually consistent), such as 30s or 2m.",
        default: "60s",
    },
    { name: "max-attempts", description: "Attempts per AWS call, with the SDK's adaptive retry for throttling.", default: "5" },
];

// EXTERNAL MODULE: ./build/core/color.js
var core_color = __nccwpck_require__(66101);
;// CONCATENATED MODULE: ./build/routers/alb/client.js
/** What each of the ALB's ports holds: the ELBv2 client, its urgent twin, and the router's config. */
class AlbClient {
    lb;
    config;
    #urgent;
    constructor(lb, urgent, config) {
        this.lb = lb;
        this.#urgent = urgent;
        this.config = config;
    }
    /** The urgent client (a short retry budget, for calls inside a cancel's grace) when the call asks for it. */
    client(options = {}) {
        return options.urgent ? this.#urgent : this.lb;
    }
}

;// CONCATENATED MODULE: ./build/routers/alb/ledger.js


/** ALB keeps the ledger in each target group's tags. */
class AlbLedger extends AlbClient {
    async read(options = {}) {
        const { pools } = this.config;
        const tags = await this.client(options).describeTags(core_color/* COLORS */.l.map((c) => pools[c]));
        return { blue: tags.get(pools.blue) ?? {}, green: tags.get(pools.green) ?? {} };
    }
    async write(color, set, remove = []) {
        const arn = this.config.pools[color];
        if (Object.keys(set).length)
            await this.lb.addTags(arn, set);
        if (remove.length)
            await this.lb.removeTags(arn, remove);
    }
}

// EXTERNAL MODULE: ./build/routing/health.js
var health = __nccwpck_require__(37119);
;// CONCATENATED MODULE: ./build/routers/alb/targets.js

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const INSTANCE = /^i-[0-9a-f]{8,17}$/;
/** `10.0.1.12:8080`, `10.0.1.12`, `i-0abc12345def67890` or `i-0abc12345def67890:8080`; undefined for anything else. */
function parseTarget(item) {
    const [id = "", port, extra] = item.split(":");
    const portNumber = port === undefined ? undefined : Number(port);
    const badPort = portNumber !== undefined && (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535);
    if (extra !== undefined || badPort || !(IPV4.test(id) || INSTANCE.test(id)))
        return undefined;
    return { id, port: portNumber };
}
/** The targets an input lists, each checked. */
function readTargets(name) {
    const items = (0,core_inputs/* readList */.LD)(name);
    const bad = items.find((item) => !parseTarget(item));
    if (bad !== undefined) {
        throw (0,core_inputs/* inputError */.Xu)(name, `has ${JSON.stringify(bad)}, which is neither ip:port nor an instance id`, "10.0.1.12:8080, i-0abc12345def67890");
    }
    return items;
}

;// CONCATENATED MODULE: ./build/routers/alb/pool.js





/** Attributes that two colors' target groups should share, beside the health check. */
const ATTRIBUTES = [
    "deregistration_delay.timeout_seconds",
    "stickiness.enabled",
    "stickiness.type",
    "stickiness.lb_cookie.duration_seconds",
    "slow_start.duration_seconds",
    "load_balancing.algorithm.type",
];
/** Each color is a target group: its targets' health, its settings, and registering targets. */
class AlbPool extends AlbClient {
    verbs = { retire: "DeregisterTargets", restore: "RegisterTargets" };
    health(color, options = {}) {
        return this.client(options).describeTargetHealth(this.config.pools[color]);
    }
    async settings(color) {
        return settingsOf(await this.lb.describeTargetGroupSettings(this.config.pools[color]));
    }
    retire(color, targets) {
        return this.lb.deregisterTargets(this.config.pools[color], targets.map(refOf));
    }
    restore(color, targets) {
        return this.lb.registerTargets(this.config.pools[color], targets.map(refOf));
    }
    async register(color, items, replace) {
        const arn = this.config.pools[color];
        const targets = items.map((item) => parseTarget(item));
        const before = await this.lb.describeTargetHealth(arn);
        const standby = `The standby keeps ${(0,health/* describeTargets */.Eg)(before)}; the active color was not touched.`;
        runner/* info */.pq(`RegisterTargets on the standby: ${targets.map(health/* targetKey */.hD).join(", ")}`);
        await this.lb.registerTargets(arn, targets).catch((error) => {
            throw new errors/* CutoverError */.DB(`RegisterTargets on the standby failed: ${(0,errors/* describeError */.Uc)(error)} ${standby} Nothing was tagged.`);
        });
        if (!replace)
            return;
        const wanted = new Set(targets.map(health/* targetKey */.hD));
        const stale = before.filter((t) => t.state !== "draining" && !wanted.has((0,health/* targetKey */.hD)(t)) && !wanted.has(t.id));
        if (stale.length === 0)
            return;
        runner/* info */.pq(`DeregisterTargets on the standby (replace-targets): ${stale.map(health/* targetKey */.hD).join(", ")}`);
        await this.lb.deregisterTargets(arn, stale.map(refOf)).catch((error) => {
            throw new errors/* CutoverError */.DB(`DeregisterTargets on the standby (replace-targets) failed: ${(0,errors/* describeError */.Uc)(error)} The new targets ${targets.map(health/* targetKey */.hD).join(", ")} are registered next to the old ones (${stale.map(health/* targetKey */.hD).join(", ")}), which may be partly deregistered; the active color was not touched. Nothing was tagged; re-run deploy-standby.`);
        });
    }
}
function refOf(t) {
    return { id: t.id, port: t.port };
}
function settingsOf(g) {
    const pairs = [
        ["protocol", g.protocol],
        ["port", g.port],
        ["health check protocol", g.healthCheckProtocol],
        ["health check path", g.healthCheckPath],
        ["health check matcher", g.matcher],
        ["health check interval (s)", g.intervalSeconds],
        ["health check timeout (s)", g.timeoutSeconds],
        ["healthy threshold", g.healthyThreshold],
        ["unhealthy threshold", g.unhealthyThreshold],
        ...ATTRIBUTES.map((key) => [key, g.attributes[key]]),
    ];
    return pairs.map(([name, value]) => ({ name, value: value === undefined ? "" : String(value) }));
}

// EXTERNAL MODULE: ./build/routing/routes.js
var routing_routes = __nccwpck_require__(96591);
;// CONCATENATED MODULE: ./build/routers/alb/actions.js
// ALB's route actions: how a forward names the two target groups, and the list written back.



/** The colors a route's forward names, at any weight: ALB health-checks only groups some route names. */
function namedColors(actions, targetGroups) {
    const forward = actions.find((a) => a.Type === "forward");
    const arns = forward?.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => g.TargetGroupArn)
        : [forward?.TargetGroupArn];
    return core_color/* COLORS */.l.filter((c) => arns.includes(targetGroups[c]));
}
/**
 * Reads how a route's forward action splits traffic between the two colors. A forward that names
 * only one of them (the `TargetGroupArn` shorthand, say) gives the other weight 0. Anything else in
 * the forward is a layout cutover does not own, and is refused rather than overwritten.
 */
function readWeights(ref, actions, targetGroups) {
    const forwards = actions.filter((a) => a.Type === "forward");
    const where = `${(0,routing_routes/* routeName */.xG)(ref)} (from ${ref.input})`;
    if (forwards.length !== 1) {
        const types = actions.map((a) => a.Type).join(", ") || "none";
        throw new errors/* ConfigurationError */.j1(`${where} must have exactly one forward action to the blue and green target groups; its actions are: ${types}.`);
    }
    const forward = forwards[0];
    const groups = forward.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => ({ arn: g.TargetGroupArn ?? "", weight: g.Weight ?? 1 }))
        : [{ arn: forward.TargetGroupArn ?? "", weight: 1 }];
    const weights = { blue: 0, green: 0 };
    for (const group of groups) {
        const color = core_color/* COLORS */.l.find((c) => targetGroups[c] === group.arn);
        if (!color) {
            throw new errors/* ConfigurationError */.j1(`${where} forwards to ${group.arn || "no target group"}, which is neither blue-target-group-arn nor green-target-group-arn. cutover only moves routes that forward to exactly these two target groups.`);
        }
        weights[color] = group.weight;
    }
    if (weights.blue + weights.green === 0) {
        throw new errors/* ConfigurationError */.j1(`${where} gives weight 0 to both colors, so it sends no traffic to either.`);
    }
    return weights;
}
/**
 * The route's whole action list with new weights. ModifyListener and ModifyRule replace the list,
 * so every other action (authentication, its Order) goes back as it was read.
 */
function withWeights(actions, targetGroups, weights, options = {}) {
    return writable(actions.map((action) => {
        if (action.Type !== "forward")
            return action;
        // The shorthand ARN must go: next to a two-group ForwardConfig, ELBv2 refuses it.
        const { TargetGroupArn: _shorthand, ...rest } = action;
        // A sticky cookie keeps naming its group while that group is in the forward, even at weight
        // 0; only leaving the group out releases those clients.
        const release = options.releaseSticky && action.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
        const colors = release ? core_color/* COLORS */.l.filter((c) => weights[c] > 0) : core_color/* COLORS */.l;
        return {
            ...rest,
            ForwardConfig: {
                ...action.ForwardConfig,
                // Explicit weights always: a missing weight would count as 1, not 0.
                TargetGroups: colors.map((color) => ({ TargetGroupArn: targetGroups[color], Weight: weights[color] })),
            },
        };
    }));
}
/**
 * Describe calls never return an OIDC client secret; writing the action back without one fails
 * unless ELBv2 is told to keep the secret it has.
 */
function writable(actions) {
    return actions.map((action) => {
        if (action.Type !== "authenticate-oidc" || !action.AuthenticateOidcConfig)
            return action;
        const { ClientSecret: _secret, ...config } = action.AuthenticateOidcConfig;
        return { ...action, AuthenticateOidcConfig: { ...config, UseExistingClientSecret: true } };
    });
}

;// CONCATENATED MODULE: ./build/routers/alb/traffic.js






/** An ALB's listeners and rules: each route is a forward action's weights over the two target groups. */
class AlbTraffic extends AlbClient {
    async read(options = {}) {
        const lb = this.client(options);
        const refs = this.config.routes;
        const ids = (kind) => refs.filter((r) => routeKind(r) === kind).map((r) => r.id);
        const [listeners, rules] = await Promise.all([
            ids("listener").length ? lb.describeListenerActions(ids("listener")) : new Map(),
            ids("rule").length ? lb.describeRuleActions(ids("rule")) : new Map(),
        ]);
        return refs.map((ref) => {
            const actions = listeners.get(ref.id) ?? rules.get(ref.id) ?? [];
            return { ref, weights: readWeights(ref, actions, this.config.pools), raw: actions };
        });
    }
    withWeights(route, weights, options = {}) {
        return { ...route, weights, raw: withWeights(actionsOf(route), this.config.pools, weights, options) };
    }
    write(route, options = {}) {
        const lb = this.client(options);
        const actions = writable(actionsOf(route));
        return routeKind(route.ref) === "listener"
            ? lb.modifyListenerActions(route.ref.id, actions, options.signal)
            : lb.modifyRuleActions(route.ref.id, actions, options.signal);
    }
    named(route) {
        return namedColors(actionsOf(route), this.config.pools);
    }
    writeVerb(ref) {
        return routeKind(ref) === "listener" ? "ModifyListener" : "ModifyRule";
    }
    /**
     * A forward to several target groups with group stickiness off is refused by ALB when any of the
     * groups has stickiness enabled ("Listeners for your Application Load Balancers"). That can only
     * arise where a write adds a group to a forward that named one; it is checked before any write.
     */
    async checkChanges(changes, options = {}) {
        const widened = changes.filter((c) => {
            const written = actionsOf(this.withWeights(c.before, c.after, options));
            const forward = written.find((a) => a.Type === "forward");
            const more = namedColors(written, this.config.pools).length > this.named(c.before).length;
            return more && !forward?.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
        });
        if (widened.length === 0)
            return;
        const settings = await Promise.all(core_color/* COLORS */.l.map((c) => this.lb.describeTargetGroupSettings(this.config.pools[c])));
        const sticky = core_color/* COLORS */.l.filter((_, i) => settings[i]?.attributes["stickiness.enabled"] === "true");
        if (sticky.length === 0)
            return;
        const routes = widened.map((c) => (0,routing_routes/* routeName */.xG)(c.ref)).join(", ");
        throw new errors/* CutoverError */.DB(`${routes} must name both target groups, and ${sticky.join(" and ")}'s target group has stickiness enabled (stickiness.enabled), so ALB requires group stickiness on that forward and would refuse the write. Enable group stickiness on the route (ForwardConfig.TargetGroupStickinessConfig, with a DurationSeconds), or turn stickiness.enabled off on the target groups. Nothing was written.`);
    }
    /**
     * ALB health-checks a target group only while a rule forwards to it (Target.NotInUse otherwise):
     * when no route names `color`, it joins the production forwards at weight 0.
     */
    planReference(routes, color) {
        if (routes.some((r) => this.named(r).includes(color)))
            return [];
        const other = color === "blue" ? "green" : "blue";
        // A forward that does not name `color` sends everything to the other one; weights go explicit.
        const after = { blue: 0, green: 0, [other]: 100 };
        return routes.filter((r) => r.ref.role === "production").map((before) => ({ ref: before.ref, before, after }));
    }
    async testUrl() {
        const test = this.config.routes.find((r) => r.role === "test" && routeKind(r) === "listener");
        return test ? this.lb.listenerUrl(test.id) : undefined;
    }
}
function actionsOf(route) {
    return route.raw;
}

;// CONCATENATED MODULE: ./build/routers/alb/index.js
// The ALB router: weighted forwards on listeners and rules, target groups as pools, tags as the ledger.







const alb = {
    kind: "alb",
    inputs: ALB_INPUTS,
    readConfig: readAlbConfig,
    readTargets: readTargets,
    connect(config) {
        const options = { region: config.aws.region, maxAttempts: config.aws.maxAttempts };
        const lb = loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47802)).then((m) => m.createLoadBalancerPort(options)));
        // Its own short retry budget, for writes that must land inside a cancel's grace.
        const urgent = loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47802)).then((m) => m.createUrgentLoadBalancerPort(options)));
        return connectAlb(config, lb, urgent);
    },
};
/** The ALB's ports over any ELBv2 client: the SDK's, or a test's. */
function connectAlb(config, lb, urgent = lb) {
    const route = config.routes[0]?.id ?? "";
    return {
        traffic: new AlbTraffic(lb, urgent, config),
        pool: new AlbPool(lb, urgent, config),
        ledger: new AlbLedger(lb, urgent, config),
        metrics: {
            // CloudWatch's dimensions for ALB: `targetgroup/name/id`, and `app/name/id` from any route's ARN.
            pool: (color) => {
                const [, type, name, id] = resourceOf(route).split("/");
                return { targetGroup: resourceOf(config.pools[color]), loadBalancer: `${type}/${name}/${id}` };
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/routers/composite.js
// Several routers that move as one: one ALB per region behind latency routing, say. Their routes
// join one list, so the Router engine writes them as one unit and puts every one back if any
// write fails, exactly as it does the routes of one ALB.

/** The members' routes as one router's: each route id is prefixed with its member's number. */
function composeConfig(configs) {
    const [first] = configs;
    if (configs.length === 1)
        return first;
    return {
        kind: configs.map((c) => c.kind).join("+"),
        description: configs.map((c, i) => `#${i + 1} ${c.description}`).join("; "),
        routes: configs.flatMap((c, i) => c.routes.map((r) => memberRef(r, i))),
        pools: Object.fromEntries(core_color/* COLORS */.l.map((color) => [color, configs.map((c) => c.pools[color]).join(", ")])),
        verifyTimeoutMs: Math.max(...configs.map((c) => c.verifyTimeoutMs)),
        testUrlKnown: configs.some((c) => c.testUrlKnown),
        capabilities: {
            weighted: configs.every((c) => c.capabilities.weighted),
            finestStepPercent: Math.max(...configs.map((c) => c.capabilities.finestStepPercent)),
            // CloudWatch figures (drain, soak) come from the first member.
            cloudWatch: first.capabilities.cloudWatch,
        },
        aws: first.aws,
        // The first member that names its pools to commands does, as CloudWatch comes from the first.
        commandEnv: configs.find((c) => c.commandEnv)?.commandEnv,
        members: configs,
    };
}
/** One set of ports over the members', in member order. */
function composePorts(members) {
    const [first] = members;
    if (members.length === 1)
        return first.ports;
    return {
        traffic: new CompositeTraffic(members),
        pool: new CompositePool(members),
        ledger: new CompositeLedger(members),
        metrics: first.ports.metrics,
    };
}
const SEPARATOR = "|";
function memberRef(ref, member) {
    return {
        ...ref,
        id: `${member}${SEPARATOR}${ref.id}`,
        name: `#${member + 1} ${ref.name}`,
        short: `#${member + 1} ${ref.short}`,
    };
}
/** Which member a composite route belongs to, and the route as that member knows it. */
function split(members, ref) {
    const index = Number(ref.id.slice(0, ref.id.indexOf(SEPARATOR)));
    const member = members[index];
    const own = member.config.routes.find((r) => memberRef(r, index).id === ref.id);
    return { member, index, ref: own };
}
class CompositeTraffic {
    #members;
    constructor(members) {
        this.#members = members;
    }
    async read(options) {
        const all = await Promise.all(this.#members.map((m) => m.ports.traffic.read(options)));
        return all.flatMap((routes, i) => routes.map((r) => ({ ...r, ref: memberRef(r.ref, i) })));
    }
    withWeights(route, weights, options) {
        const { member, ref } = split(this.#members, route.ref);
        return { ...member.ports.traffic.withWeights({ ...route, ref }, weights, options), ref: route.ref };
    }
    write(route, options) {
        const { member, ref } = split(this.#members, route.ref);
        return member.ports.traffic.write({ ...route, ref }, options);
    }
    named(route) {
        const { member, ref } = split(this.#members, route.ref);
        return member.ports.traffic.named({ ...route, ref });
    }
    writeVerb(ref) {
        const own = split(this.#members, ref);
        return own.member.ports.traffic.writeVerb(own.ref);
    }
    async checkChanges(changes, options) {
        await Promise.all(this.#members.map((member, i) => member.ports.traffic.checkChanges(changes.filter((c) => split(this.#members, c.ref).index === i).map((c) => this.#own(c)), options)));
    }
    planReference(routes, color) {
        return this.#members.flatMap((member, i) => {
            const own = routes.filter((r) => split(this.#members, r.ref).index === i).map((r) => this.#ownRoute(r));
            return member.ports.traffic.planReference(own, color).map((c) => ({
                ...c,
                ref: memberRef(c.ref, i),
                before: { ...c.before, ref: memberRef(c.before.ref, i) },
            }));
        });
    }
    async testUrl() {
        for (const member of this.#members) {
            const url = await member.ports.traffic.testUrl();
            if (url)
                return url;
        }
        return undefined;
    }
    #ownRoute(route) {
        return { ...route, ref: split(this.#members, route.ref).ref };
    }
    #own(change) {
        const ref = split(this.#members, change.ref).ref;
        return { ...change, ref, before: { ...change.before, ref } };
    }
}
/** Each color is its pools in every member: healthy only when healthy in all of them. */
class CompositePool {
    #members;
    verbs;
    members;
    constructor(members) {
        this.#members = members;
        this.members = members.length;
        this.verbs = members[0].ports.pool.verbs;
    }
    async health(color, options) {
        const all = await Promise.all(this.#members.map((m) => m.ports.pool.health(color, options)));
        return all.flatMap((targets, i) => targets.map((t) => ({ ...t, member: i })));
    }
    async settings(color) {
        const all = await Promise.all(this.#members.map((m) => m.ports.pool.settings(color)));
        return all.flatMap((settings, i) => settings.map((s) => ({ ...s, name: `#${i + 1} ${s.name}` })));
    }
    async retire(color, targets) {
        await this.#each(targets, (pool, own) => pool.retire(color, own));
    }
    async restore(color, targets) {
        await this.#each(targets, (pool, own) => pool.restore(color, own));
    }
    /** Each member that deploys (kubernetes: an image) rolls its own standby. */
    async deploy(color) {
        await Promise.all(this.#members.map((m) => m.ports.pool.deploy?.(color)));
    }
    async #each(targets, act) {
        await Promise.all(this.#members.map((m, i) => {
            const own = targets.filter((t) => t.member === i).map(({ member: _, ...t }) => t);
            return own.length ? act(m.ports.pool, own) : undefined;
        }));
    }
}
/** Written to every member; read from all, the first member's entry winning where they differ. */
class CompositeLedger {
    #members;
    constructor(members) {
        this.#members = members;
    }
    async read(options) {
        const all = await Promise.all(this.#members.map((m) => m.ports.ledger.read(options)));
        const merged = (color) => Object.assign({}, ...all.map((l) => l[color]).reverse());
        return { blue: merged("blue"), green: merged("green") };
    }
    async write(color, set, remove) {
        await Promise.all(this.#members.map((m) => m.ports.ledger.write(color, set, remove)));
    }
}

// EXTERNAL MODULE: ./build/core/poll.js
var poll = __nccwpck_require__(72077);
;// CONCATENATED MODULE: ./build/routers/kubernetes/ledger.js

/** `cutover:version` is kept as the annotation `cutover/version`: an annotation key takes one `/`, no `:`. */
const annotationOf = (key) => key.replace(/^cutover:/, "cutover/");
const keyOf = (annotation) => annotation.replace(/^cutover\//, "cutover:");
/** The ledger lives in annotations on each color's Deployment. */
class KubernetesLedger {
    #client;
    #config;
    constructor(client, config) {
        this.#client = client;
        this.#config = config;
    }
    async read() {
        const [blue, green] = await Promise.all(core_color/* COLORS */.l.map((c) => this.#client.readDeployment(this.#config.deployments[c])));
        const ledger = (annotations) => Object.fromEntries(Object.entries(annotations)
            .filter(([k]) => k.startsWith("cutover/"))
            .map(([k, v]) => [keyOf(k), v]));
        return { blue: ledger(blue?.annotations ?? {}), green: ledger(green?.annotations ?? {}) };
    }
    async write(color, set, remove = []) {
        const annotations = Object.fromEntries(Object.entries(set).map(([k, v]) => [annotationOf(k), v]));
        await this.#client.annotate(this.#config.deployments[color], annotations, remove.map(annotationOf));
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/traffic.js






/** `app=shop,version=blue`, as kubectl prints a selector. */
function formatSelector(selector) {
    return (Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(",") || "(empty)");
}
/** The route's Service name: the last part of `service/<namespace>/<name>`. */
function serviceName(ref) {
    return ref.id.split("/").pop() ?? ref.id;
}
/**
 * Each route is a Service whose selector names one color by the color label: all of the traffic
 * on that color. The switch patches that one key, guarded by the resourceVersion it was read at.
 */
class KubernetesTraffic {
    #client;
    #config;
    /** Per route, the versions this run read or wrote, and the one its last write produced. */
    #versions = new Map();
    constructor(client, config) {
        this.#client = client;
        this.#config = config;
    }
    async read() {
        return Promise.all(this.#config.routes.map(async (ref) => {
            const service = await this.#client.readService(serviceName(ref));
            this.#seen(ref.id).known.add(service.resourceVersion);
            return { ref, weights: this.#weightsOf(ref, service), raw: service };
        }));
    }
    #seen(id) {
        const seen = this.#versions.get(id) ?? { known: new Set() };
        this.#versions.set(id, seen);
        return seen;
    }
    #weightsOf(ref, service) {
        const { colorLabel: label } = this.#config;
        const value = service.selector[label];
        if (value === undefined) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} selects no color: its selector ${formatSelector(service.selector)} has no ${label} key, so it sends traffic to the pods of both Deployments. Add ${label}: blue (or green) to its selector first, or set color-label to the key that tells the colors apart.`);
        }
        if (!core_color/* COLORS */.l.includes(value)) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} selects ${label}=${value}, which is neither blue nor green. The Deployments' pods must carry ${label}: blue and ${label}: green.`);
        }
        return value === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
    }
    withWeights(route, weights) {
        if (weights.blue > 0 && weights.green > 0) {
            throw new errors/* CutoverError */.DB(`A Service selector names one color, so ${route.ref.name} cannot carry ${weights.blue}/${weights.green}: use strategy all-at-once, or the gateway-api or istio router for weights.`);
        }
        const color = weights.green > 0 ? "green" : weights.blue > 0 ? "blue" : (this.named(route)[0] ?? "blue");
        const service = route.raw;
        return { ...route, weights, raw: { ...service, selector: { ...service.selector, [this.#config.colorLabel]: color } } };
    }
    /**
     * Patches the color key only. The guard is the version this run read, or, for a route this run
     * wrote since (a put-back), the version its own write produced: a write by anyone else in
     * between is a 409, and the run stops without writing over it.
     */
    async write(route, options = {}) {
        const service = route.raw;
        const seen = this.#seen(route.ref.id);
        const guard = seen.known.has(service.resourceVersion) ? (seen.latest ?? service.resourceVersion) : service.resourceVersion;
        const label = this.#config.colorLabel;
        const written = await this.#client.patchSelector(service.name, guard, { [label]: service.selector[label] });
        seen.known.add(written.resourceVersion);
        seen.latest = written.resourceVersion;
        // A put-back must land inside the cancel's grace: it does not wait for the endpoints.
        if (!options.urgent)
            await this.#endpointsFollow(route.ref, written, options.signal);
    }
    /**
     * Read-back beyond the selector: the EndpointSlice controller lists the newly selected pods a
     * moment after the write, and kube-proxy routes by the slices. Waits until they list only pods
     * the new selector picks; the write has landed either way, so a slow controller is a warning.
     */
    async #endpointsFollow(ref, service, signal) {
        const selected = new Set((await this.#client.listPods(service.selector)).map((p) => p.name));
        const polled = await (0,poll/* pollUntil */.g)(async () => {
            const endpoints = await this.#client.endpoints(service.name);
            const stray = endpoints.filter((e) => !selected.has(e.pod)).map((e) => e.pod);
            const ready = endpoints.filter((e) => e.ready && selected.has(e.pod)).length;
            return { done: stray.length === 0 && ready > 0, value: { stray, ready } };
        }, {
            timeoutMs: Math.min(this.#config.verifyTimeoutMs, 30_000),
            pollMs: 250,
            signal,
            progress: (v, left) => `Waiting for the EndpointSlices of ${ref.name} to follow its selector: ${v.stray.length} other pod(s) still listed; ${left} left.`,
        });
        const color = service.selector[this.#config.colorLabel];
        if (polled.done)
            runner/* info */.pq(`Read back: the EndpointSlices of ${ref.name} list only ${color}'s pods (${polled.value.ready} ready).`);
        else if (!signal?.aborted) {
            runner/* warning */.$e(`The EndpointSlices of ${ref.name} still list ${polled.value.stray.join(", ") || "no ready pod"} ${(0,durations/* formatDuration */.a3)(polled.ms)} after its selector moved to ${color}; the requests that follow are the proof.`);
        }
    }
    named(route) {
        const value = route.raw.selector[this.#config.colorLabel];
        return value === "blue" || value === "green" ? [value] : [];
    }
    writeVerb() {
        return "Patch selector of";
    }
    /**
     * Capacity parity: the color production moves to must have at least min-capacity-percent of the
     * other color's ready pods, so that it can carry the load at once (seed 004 scales it up first).
     */
    async checkChanges(changes) {
        const production = changes.find((c) => c.ref.role === "production");
        if (!production)
            return;
        const to = production.after.green > 0 ? "green" : "blue";
        const from = to === "blue" ? "green" : "blue";
        if (production.before.weights[to] > 0)
            return;
        const [target, current] = await Promise.all([to, from].map((c) => readyPods(this.#client, this.#config, c)));
        const needed = Math.ceil((current ?? 0) * this.#config.minCapacity);
        if ((target ?? 0) >= needed)
            return;
        const share = Math.round(this.#config.minCapacity * 100);
        throw new errors/* CutoverError */.DB(`Capacity parity: ${to} (Deployment ${this.#config.deployments[to]}) has ${target} ready pod(s), fewer than ${needed} (${share}% of ${from}'s ${current}, min-capacity-percent). Scale ${this.#config.deployments[to]} up first. Nothing was written.`);
    }
    planReference() {
        return [];
    }
    async testUrl() {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/pool.js




/** Where teardown keeps the replicas it scaled away, for a restore. */
const REPLICAS_KEY = annotationOf("cutover:retired-replicas");
/** Reasons kubelet gives that no wait will cure on its own. */
const FAILING = new Set([
    "ImagePullBackOff",
    "ErrImagePull",
    "CrashLoopBackOff",
    "CreateContainerConfigError",
    "CreateContainerError",
    "InvalidImageName",
]);
/** "Deployments": complete when the spec is observed and every replica is updated and available. */
function rolledOut(d) {
    return d.observedGeneration >= d.generation && d.updated === d.desired && d.available === d.desired && d.replicas === d.desired;
}
async function readyPods(client, config, color) {
    const deployment = await client.readDeployment(config.deployments[color]);
    return (await client.listPods(deployment.selector)).filter((p) => p.ready && !p.terminating).length;
}
function podHealth(pod, listed) {
    const base = {
        id: pod.name,
        ...(pod.reason ? { reason: pod.reason } : {}),
        ...(pod.message ? { description: pod.message } : {}),
    };
    if (pod.terminating)
        return { ...base, state: "draining", reason: "Terminating" };
    if (!pod.ready)
        return { ...base, state: pod.reason && FAILING.has(pod.reason) ? "unhealthy" : "initial" };
    // A ready pod counts once the Service routing to its color lists it as a ready endpoint.
    if (listed && listed.get(pod.name) !== true)
        return {
            id: pod.name,
            state: "initial",
            reason: "NotInEndpointSlices",
            description: "ready, not yet a ready endpoint of the Service",
        };
    return { id: pod.name, state: "healthy" };
}
/** A rollout still going (or stalled) is one more target that is not healthy yet, with the counts. */
function rolloutHealth(d) {
    if (rolledOut(d))
        return [];
    const counts = `${d.updated} of ${d.desired} replicas updated, ${d.available} available${d.observedGeneration < d.generation ? ", spec not yet observed" : ""}`;
    const stalled = d.progressing?.status === "False";
    return [
        {
            id: `deployment/${d.name}`,
            state: stalled ? "unhealthy" : "initial",
            reason: stalled ? d.progressing?.reason : "RolloutInProgress",
            description: stalled ? `${d.progressing?.message} ${counts}` : counts,
        },
    ];
}
/** Each color is a Deployment: its pods' readiness, its rollout, and its replicas. */
class KubernetesPool {
    verbs = { retire: "Scale to 0", restore: "Scale back" };
    #client;
    #config;
    #routing;
    constructor(client, config, routing) {
        this.#client = client;
        this.#config = config;
        this.#routing = routing;
    }
    async health(color) {
        const deployment = await this.#client.readDeployment(this.#config.deployments[color]);
        const [pods, listed] = await Promise.all([this.#client.listPods(deployment.selector), this.#endpointsFor(color)]);
        return [...rolloutHealth(deployment), ...pods.map((p) => podHealth(p, listed))];
    }
    /** Ready endpoints of the Services that select `color` now; undefined when none does. */
    async #endpointsFor(color) {
        if (this.#routing)
            return this.#listed(await this.#routing.services(color));
        const names = [this.#config.service, ...(this.#config.testService ? [this.#config.testService] : [])];
        const services = await Promise.all(names.map((n) => this.#client.readService(n)));
        const selecting = services.filter((s) => s.selector[this.#config.colorLabel] === color);
        if (selecting.length === 0)
            return undefined;
        return this.#listed(selecting.map((s) => s.name));
    }
    async #listed(services) {
        if (!services?.length)
            return undefined;
        const endpoints = (await Promise.all(services.map((s) => this.#client.endpoints(s)))).flat();
        return new Map(endpoints.map((e) => [e.pod, e.ready]));
    }
    async settings(color) {
        const d = await this.#client.readDeployment(this.#config.deployments[color]);
        const { colorLabel } = this.#config;
        const others = (labels) => formatSelector(Object.fromEntries(Object.entries(labels).filter(([k]) => k !== colorLabel)));
        return [
            { name: "selector (besides the color)", value: others(d.selector) },
            { name: "containers", value: d.containers.map((c) => c.name).join(",") },
            { name: "container ports", value: d.containers.map((c) => c.ports).join(";") },
            { name: "readiness probe", value: d.containers.map((c) => c.probe).join(";") },
            { name: "strategy", value: d.strategy },
        ];
    }
    /** Teardown: scale to 0, never a Deployment the production Service selects; the replicas are kept for a restore. */
    async retire(color) {
        const busy = this.#routing && (await this.#routing.busy(color));
        if (busy)
            throw new errors/* CutoverError */.DB(`${busy}: its Deployment is not scaled down.`);
        if (!this.#routing)
            await this.#refuseSelected(color);
        const name = this.#config.deployments[color];
        const d = await this.#client.readDeployment(name);
        await this.#client.annotate(name, { [REPLICAS_KEY]: String(d.desired) }, []);
        await this.#client.scale(name, 0);
    }
    async #refuseSelected(color) {
        const service = await this.#client.readService(this.#config.service);
        if (service.selector[this.#config.colorLabel] === color) {
            throw new errors/* CutoverError */.DB(`Service ${this.#config.namespace}/${this.#config.service} selects ${color} (${formatSelector(service.selector)}): its Deployment is not scaled down.`);
        }
    }
    async restore(color, targets) {
        const name = this.#config.deployments[color];
        const d = await this.#client.readDeployment(name);
        const replicas = Number(d.annotations[REPLICAS_KEY] ?? targets.length) || 1;
        await this.#client.scale(name, replicas);
    }
    /** deploy-standby's `image`: sets it on the standby's container; the health wait follows the rollout. */
    async deploy(color) {
        const wanted = this.#config.image;
        if (!wanted)
            return;
        const name = this.#config.deployments[color];
        const d = await this.#client.readDeployment(name);
        const container = wanted.container ?? d.containers[0]?.name ?? "";
        const current = d.containers.find((c) => c.name === container);
        if (!current) {
            throw new errors/* CutoverError */.DB(`Deployment ${this.#config.namespace}/${name} has no container ${container} (it has ${d.containers.map((c) => c.name).join(", ")}); set image as container=image.`);
        }
        const generation = await this.#client.setImage(name, d.resourceVersion, container, wanted.image);
        runner/* info */.pq(`Patched Deployment ${name}: container ${container} ${current.image} → ${wanted.image} (generation ${generation}); waiting for the rollout.`);
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/weighted.js
// The traffic port of the weighted Kubernetes routers: a route object (HTTPRoute, VirtualService)
// whose chosen rules split requests between a blue and a green backend by weight. Each dialect
// says how its kind names backends and weights, and how its controller reports a generation.








/** 409s in a row (the controller writing status meanwhile) before a write gives up. */
const CONFLICT_ATTEMPTS = 5;
/** The route object's name: the last part of `<kind>/<namespace>/<name>`. */
const objectName = (ref) => ref.id.split("/").pop() ?? ref.id;
function ruleName(rule, index) {
    return rule?.name ? `${index} (${rule.name})` : String(index);
}
class WeightedTraffic {
    #objects;
    #client;
    #config;
    #dialect;
    /** Per route, its rules as this run's last write stored them. */
    #written = new Map();
    constructor(objects, client, config, dialect) {
        this.#objects = objects;
        this.#client = client;
        this.#config = config;
        this.#dialect = dialect;
    }
    async read() {
        return Promise.all(this.#config.routes.map(async (ref) => {
            const object = await this.#objects.read(this.#dialect.type, objectName(ref));
            // What the rules were when read: a write goes ahead only while they still are (or are this run's).
            const raw = { ...object, base: JSON.stringify(this.#rules(object)) };
            return { ref, weights: this.#weightsOf(ref, object), raw };
        }));
    }
    #rules(object) {
        return (object.spec?.[this.#dialect.field] ?? []);
    }
    #colored(rule, color) {
        return this.#dialect.backends(rule).filter((b) => this.#dialect.colorOf(b, this.#config.namespace) === color);
    }
    /** The indexes of the rules cutover moves: those named by the rules input, or every rule naming both colors. */
    #moved(ref, object) {
        const rules = this.#rules(object);
        const listed = rules.map((r, i) => ruleName(r, i)).join(", ") || "none";
        if (this.#config.rules.length > 0) {
            return this.#config.rules.map((wanted) => {
                const at = rules.findIndex((r, i) => r?.name === wanted || String(i) === wanted);
                if (at < 0)
                    throw new errors/* ConfigurationError */.j1(`${ref.name} has no rule ${wanted} (${this.#dialect.rulesInput}); its rules are ${listed}.`);
                if (core_color/* COLORS */.l.every((c) => this.#colored(rules[at], c).length === 0))
                    throw new errors/* ConfigurationError */.j1(`${ref.name} rule ${ruleName(rules[at], at)} names neither color's backend.`);
                return at;
            });
        }
        const both = rules.flatMap((r, i) => (core_color/* COLORS */.l.every((c) => this.#colored(r, c).length > 0) ? [i] : []));
        if (both.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} has no rule that names both colors' backends (its rules: ${listed}). Add the other color with weight 0 to the rules to move, or name them in ${this.#dialect.rulesInput}.`);
        }
        return both;
    }
    #ruleWeights(rule) {
        const all = this.#dialect.backends(rule);
        const sum = (c) => this.#colored(rule, c).reduce((n, b) => n + this.#dialect.weightOf(b, all), 0);
        return { blue: sum("blue"), green: sum("green") };
    }
    /** Every moved rule must split alike: cutover moves them as one. */
    #weightsOf(ref, object) {
        const rules = this.#rules(object);
        const moved = this.#moved(ref, object);
        const weights = moved.map((i) => {
            const colors = core_color/* COLORS */.l.flatMap((c) => this.#colored(rules[i], c));
            const refused = this.#dialect.refuse(rules[i], colors, this.#dialect.backends(rules[i]));
            if (refused)
                throw new errors/* ConfigurationError */.j1(`${ref.name} rule ${ruleName(rules[i], i)}: ${refused}`);
            return this.#ruleWeights(rules[i]);
        });
        const first = weights[0];
        const odd = weights.findIndex((w) => !(0,routing_routes/* sameSplit */.xY)(w, first) || w.blue + w.green === 0);
        if (odd >= 0) {
            const at = moved[odd];
            throw new errors/* ConfigurationError */.j1(`${ref.name} rule ${ruleName(rules[at], at)} splits ${(0,routing_routes/* formatWeights */.V7)(weights[odd])}, unlike rule ${ruleName(rules[moved[0]], moved[0])} (${(0,routing_routes/* formatWeights */.V7)(first)}): cutover moves its rules as one. Set them alike, or pick rules with ${this.#dialect.rulesInput}.`);
        }
        return first;
    }
    /** The moved rules with the new weights; every other rule, backend and field stays as read. */
    withWeights(route, weights) {
        const object = route.raw;
        const rules = structuredClone(this.#rules(object));
        for (const i of this.#moved(route.ref, object)) {
            const rule = rules[i];
            const backends = this.#dialect.backends(rule);
            for (const color of core_color/* COLORS */.l) {
                const own = this.#colored(rule, color);
                const other = this.#colored(rule, color === "blue" ? "green" : "blue")[0];
                if (own.length === 0 && weights[color] > 0 && other)
                    backends.push(this.#dialect.backendFor(color, other));
                this.#colored(rule, color).forEach((b, n) => {
                    backends[backends.indexOf(b)] = this.#dialect.setWeight(b, n === 0 ? weights[color] : 0);
                });
            }
        }
        return { ...route, weights, raw: { ...object, spec: { ...object.spec, [this.#dialect.field]: rules } } };
    }
    /**
     * Patches the rules field when they still read as this run read them, or as its own last write
     * left them (a put-back): anything else is another writer's, never written over. The patch carries
     * the resourceVersion of that check, so nothing can slip in between; a 409 from the controller's
     * status write in between is checked again. Then waits, within verify-timeout, for the route's
     * controller to report the generation (read-back).
     */
    async write(route, options = {}) {
        const object = route.raw;
        const rules = this.#rules(object);
        let written = "conflict";
        for (let attempt = 1; written === "conflict"; attempt++) {
            const now = await this.#objects.read(this.#dialect.type, object.name);
            const current = JSON.stringify(this.#rules(now));
            if (current !== object.base && current !== this.#written.get(route.ref.id)) {
                throw new errors/* CutoverError */.DB(`Another writer changed the ${this.#dialect.field} of ${route.ref.name} after this run read them (now resourceVersion ${now.resourceVersion}). This run stops without writing over them; read the route before running again.`);
            }
            written = await this.#objects.patchSpec(this.#dialect.type, object.name, now.resourceVersion, {
                [this.#dialect.field]: rules,
            });
            if (written === "conflict" && attempt >= CONFLICT_ATTEMPTS) {
                throw new errors/* CutoverError */.DB(`${route.ref.name} kept changing while this run wrote it: ${attempt} conflicts in a row.`);
            }
        }
        this.#written.set(route.ref.id, JSON.stringify(this.#rules(written)));
        // An urgent write (a put-back) must land inside a cancel's grace: it does not wait for the controller.
        if (!options.urgent)
            await this.#reported(route.ref, written, options.signal);
    }
    async #reported(ref, written, signal) {
        const generation = written.generation;
        let verdict = this.#dialect.verdict(written, generation);
        const polled = await (0,poll/* pollUntil */.g)(async () => {
            verdict = this.#dialect.verdict(await this.#objects.read(this.#dialect.type, written.name), generation);
            return { done: verdict.state !== "pending", value: verdict };
        }, {
            timeoutMs: this.#config.verifyTimeoutMs,
            pollMs: 100,
            signal,
            progress: (_, left) => `Waiting for ${ref.name} generation ${generation} to be reported by its controller; ${left} left.`,
        });
        if (verdict.state === "refused") {
            throw new errors/* CutoverError */.DB(`${ref.name} generation ${generation} was stored but not accepted: ${verdict.detail}`);
        }
        if (!polled.done && !signal?.aborted) {
            throw new errors/* CutoverError */.DB(`${ref.name}'s controller did not report generation ${generation} within ${(0,durations/* formatDuration */.a3)(this.#config.verifyTimeoutMs)} (verify-timeout)`);
        }
    }
    named(route) {
        const object = route.raw;
        const first = this.#rules(object)[this.#moved(route.ref, object)[0]];
        return core_color/* COLORS */.l.filter((c) => this.#colored(first, c).length > 0);
    }
    writeVerb() {
        return "Patch weights of";
    }
    /**
     * Capacity parity: the color production starts sending to must have at least min-capacity-percent
     * of the other color's ready pods before it takes any share (seed 004 scales it up first).
     */
    async checkChanges(changes) {
        const production = changes.find((c) => c.ref.role === "production");
        const to = core_color/* COLORS */.l.find((c) => production && production.before.weights[c] === 0 && production.after[c] > 0);
        if (!to)
            return;
        const from = to === "blue" ? "green" : "blue";
        const [target, current] = await Promise.all([to, from].map((c) => readyPods(this.#client, this.#config, c)));
        const needed = Math.ceil((current ?? 0) * this.#config.minCapacity);
        if ((target ?? 0) >= needed)
            return;
        throw new errors/* CutoverError */.DB(`Capacity parity: ${to} (Deployment ${this.#config.deployments[to]}) has ${target} ready pod(s), fewer than ${needed} (${Math.round(this.#config.minCapacity * 100)}% of ${from}'s ${current}, min-capacity-percent). Scale ${this.#config.deployments[to]} up first. Nothing was written.`);
    }
    planReference() {
        return [];
    }
    async testUrl() {
        return undefined;
    }
}
/** The pool's view of the routes: each color's Services, and whether production sends it any share. */
function weightedRouting(traffic, config) {
    return {
        services: async (color) => config.colorServices[color],
        busy: async (color) => {
            const routes = await traffic.read();
            const live = routes.find((r) => r.ref.role === "production" && r.weights[color] > 0);
            return live && `${live.ref.name} sends ${color} ${(0,routing_routes/* formatWeights */.V7)(live.weights)}`;
        },
    };
}
/** The ports of a weighted router; the official client loads on the first call to the cluster. */
function connectWeighted(config, dialect) {
    let loading;
    const load = () => (loading ??= Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(10), __nccwpck_require__.e(675)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10675)), Promise.all(/* import() */[__nccwpck_require__.e(10), __nccwpck_require__.e(706)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2706))]).then(([c, o]) => {
        const kube = new c.KubeClient({ kubeconfig: config.kubeconfig, context: config.context, namespace: config.namespace });
        return { kube, objects: new o.RouteObjects(kube) };
    }));
    const client = loadedOnFirstCall(() => load().then((l) => l.kube));
    const objects = loadedOnFirstCall(() => load().then((l) => l.objects));
    return weightedPorts(config, dialect, client, objects);
}
/** Over any clients: the official ones, or a test's. */
function weightedPorts(config, dialect, client, objects) {
    const traffic = new WeightedTraffic(objects, client, config, dialect);
    return {
        traffic,
        pool: new KubernetesPool(client, config, weightedRouting(traffic, config)),
        ledger: new KubernetesLedger(client, config),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./build/routers/kubernetes/config.js
// The kubernetes router's inputs, read and checked without touching the cluster.



// "Object Names and IDs": Services and namespaces are DNS-1035 labels, Deployments DNS-1123 subdomains.
const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// "Labels and Selectors": an optional DNS prefix and a name of 63 characters at most.
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
// An image reference: [registry/]repository[:tag][@digest], without spaces.
const IMAGE = /^[a-z0-9][a-z0-9._\-/:]*[a-z0-9](?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
function readName(input, fallback, pattern, max, example) {
    const value = (0,core_inputs/* readString */.E3)(input, fallback);
    if (!pattern.test(value) || value.length > max) {
        throw (0,core_inputs/* inputError */.Xu)(input, `must be a Kubernetes name (lower-case letters, digits and '-', starting with a letter, ${max} characters at most), got ${(0,core_inputs/* quoted */.TL)(value)}`, example);
    }
    return value;
}
function readImage() {
    const value = (0,core_inputs/* readString */.E3)("image");
    if (!value)
        return undefined;
    const at = value.indexOf("=");
    const container = at >= 0 ? value.slice(0, at).trim() : undefined;
    const image = (at >= 0 ? value.slice(at + 1) : value).trim();
    if ((container !== undefined && !DNS_LABEL.test(container)) || !IMAGE.test(image)) {
        throw (0,core_inputs/* inputError */.Xu)("image", `must be an image or container=image, got ${(0,core_inputs/* quoted */.TL)(value)}`, "ghcr.io/acme/shop:1.4.2 or app=ghcr.io/acme/shop:1.4.2");
    }
    return { container, image };
}
function config_route(role, namespace, name, input) {
    return { id: `service/${namespace}/${name}`, role, name: `Service ${namespace}/${name}`, short: `svc/${name}`, input };
}
function readKubernetesConfig() {
    const namespace = readName("namespace", "default", DNS_LABEL, 63, "shop");
    if (!(0,core_inputs/* readString */.E3)("service"))
        throw (0,core_inputs/* inputError */.Xu)("service", "is required but was empty", "shop");
    const service = readName("service", "", DNS_LABEL, 63, "shop");
    const testService = (0,core_inputs/* readString */.E3)("test-service") ? readName("test-service", "", DNS_LABEL, 63, "shop-preview") : undefined;
    if (testService === service)
        throw (0,core_inputs/* inputError */.Xu)("test-service", `must differ from service (both are ${(0,core_inputs/* quoted */.TL)(service)})`, `${service}-preview`);
    const colorLabel = (0,core_inputs/* readString */.E3)("color-label", "version");
    if (!LABEL_KEY.test(colorLabel) || colorLabel.length > 317) {
        throw (0,core_inputs/* inputError */.Xu)("color-label", `must be a label key such as version or example.com/color, got ${(0,core_inputs/* quoted */.TL)(colorLabel)}`, "version");
    }
    const deployments = {
        blue: readName("blue-deployment", `${service}-blue`, DNS_SUBDOMAIN, 253, `${service}-blue`),
        green: readName("green-deployment", `${service}-green`, DNS_SUBDOMAIN, 253, `${service}-green`),
    };
    if (deployments.blue === deployments.green) {
        throw (0,core_inputs/* inputError */.Xu)("green-deployment", `must differ from blue-deployment (both are ${(0,core_inputs/* quoted */.TL)(deployments.blue)})`, `${service}-green`);
    }
    const { kubeconfig, context, verifyTimeoutMs, aws } = readClusterAccess();
    const minCapacity = (0,core_inputs/* readPercent */.oO)("min-capacity-percent", "100%");
    const routes = [
        config_route("production", namespace, service, "service"),
        ...(testService ? [config_route("test", namespace, testService, "test-service")] : []),
    ];
    return {
        kind: "kubernetes",
        description: `Kubernetes Service ${namespace}/${service}${testService ? ` and preview ${testService}` : ""}, selector ${colorLabel}`,
        routes,
        pools: deployments,
        namespace,
        service,
        testService,
        colorLabel,
        deployments,
        kubeconfig,
        context,
        image: readImage(),
        minCapacity,
        commandEnv: (standby) => ({
            CUTOVER_NAMESPACE: namespace,
            CUTOVER_STANDBY_DEPLOYMENT: deployments[standby],
            CUTOVER_ACTIVE_DEPLOYMENT: deployments[standby === "blue" ? "green" : "blue"],
            CUTOVER_SERVICE: service,
        }),
        verifyTimeoutMs,
        testUrlKnown: false,
        // A selector names one color: traffic moves all at once.
        capabilities: { weighted: false, finestStepPercent: 100, cloudWatch: false },
        aws,
    };
}
/** How to reach the cluster, and the settings every router shares: read alike by the Kubernetes routers. */
function readClusterAccess() {
    const kubeconfig = (0,core_inputs/* readString */.E3)("kubeconfig");
    if (kubeconfig && !(0,external_node_fs_.existsSync)(kubeconfig))
        throw (0,core_inputs/* inputError */.Xu)("kubeconfig", `names no file: ${(0,core_inputs/* quoted */.TL)(kubeconfig)}`, "/home/runner/.kube/config");
    const context = (0,core_inputs/* readString */.E3)("kube-context");
    if (context && /\s/.test(context))
        throw (0,core_inputs/* inputError */.Xu)("kube-context", `must be a context name without spaces, got ${(0,core_inputs/* quoted */.TL)(context)}`, "prod-eu");
    return {
        kubeconfig,
        context,
        verifyTimeoutMs: (0,durations/* readDuration */.$7)("verify-timeout", "60s", 15 * 60_000),
        aws: {
            region: (0,core_inputs/* readString */.E3)("aws-region") || process.env.AWS_REGION || "us-east-1",
            partition: "aws",
            maxAttempts: (0,core_inputs/* readInteger */.JI)("max-attempts", 5, { min: 1, max: 20 }),
        },
    };
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/weighted-config.js


/** A route object named by `input`: its ref, id `<plural>/<namespace>/<name>`. */
function routeObject(kind, role, namespace, name, input) {
    const lower = kind.toLowerCase();
    return { id: `${lower}/${namespace}/${name}`, role, name: `${kind} ${namespace}/${name}`, short: `${lower}/${name}`, input };
}
/** The production and optional test route objects' names, checked as Kubernetes names. */
function readRouteNames(input, testInput, example) {
    if (!(0,core_inputs/* readString */.E3)(input))
        throw (0,core_inputs/* inputError */.Xu)(input, "is required but was empty", example);
    const name = readName(input, "", DNS_SUBDOMAIN, 253, example);
    const test = (0,core_inputs/* readString */.E3)(testInput) ? readName(testInput, "", DNS_SUBDOMAIN, 253, `${example}-preview`) : undefined;
    if (test === name)
        throw (0,core_inputs/* inputError */.Xu)(testInput, `must differ from ${input} (both are ${(0,core_inputs/* quoted */.TL)(name)})`, `${name}-preview`);
    return { name, test };
}
/** Rule names (as the route names them) or 0-based indexes, comma-separated; empty means every rule naming both colors. */
function readRules(input, example) {
    const rules = (0,core_inputs/* readList */.LD)(input);
    for (const rule of rules) {
        if (!/^(\d{1,3}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/.test(rule) || rule.length > 253) {
            throw (0,core_inputs/* inputError */.Xu)(input, `must list rule names or 0-based indexes, got ${(0,core_inputs/* quoted */.TL)(rule)}`, example);
        }
    }
    if (new Set(rules).size !== rules.length)
        throw (0,core_inputs/* inputError */.Xu)(input, `names a rule twice: ${rules.join(", ")}`, example);
    return rules;
}
/** Two different Service names, one per color. */
function readColorNames(inputs, example) {
    for (const color of ["blue", "green"])
        if (!(0,core_inputs/* readString */.E3)(inputs[color]))
            throw (0,core_inputs/* inputError */.Xu)(inputs[color], "is required but was empty", example[color]);
    const names = {
        blue: readName(inputs.blue, "", DNS_LABEL, 63, example.blue),
        green: readName(inputs.green, "", DNS_LABEL, 63, example.green),
    };
    if (names.blue === names.green) {
        throw (0,core_inputs/* inputError */.Xu)(inputs.green, `must differ from ${inputs.blue} (both are ${(0,core_inputs/* quoted */.TL)(names.blue)})`, example.green);
    }
    return names;
}
/** The inputs gateway-api and istio share with the kubernetes router, each read the same way. */
function readWorkloads(namespace, deploymentDefaults) {
    const deployments = {
        blue: readName("blue-deployment", deploymentDefaults.blue, DNS_SUBDOMAIN, 253, deploymentDefaults.blue),
        green: readName("green-deployment", deploymentDefaults.green, DNS_SUBDOMAIN, 253, deploymentDefaults.green),
    };
    if (deployments.blue === deployments.green) {
        throw (0,core_inputs/* inputError */.Xu)("green-deployment", `must differ from blue-deployment (both are ${(0,core_inputs/* quoted */.TL)(deployments.blue)})`, deploymentDefaults.green);
    }
    const colorLabel = (0,core_inputs/* readString */.E3)("color-label", "version");
    if (!LABEL_KEY.test(colorLabel) || colorLabel.length > 317)
        throw (0,core_inputs/* inputError */.Xu)("color-label", `must be a label key such as version, got ${(0,core_inputs/* quoted */.TL)(colorLabel)}`, "version");
    const access = readClusterAccess();
    return {
        pools: deployments,
        namespace,
        deployments,
        colorLabel,
        image: readImage(),
        minCapacity: (0,core_inputs/* readPercent */.oO)("min-capacity-percent", "100%"),
        commandEnv: (standby) => ({
            CUTOVER_NAMESPACE: namespace,
            CUTOVER_STANDBY_DEPLOYMENT: deployments[standby],
            CUTOVER_ACTIVE_DEPLOYMENT: deployments[standby === "blue" ? "green" : "blue"],
        }),
        testUrlKnown: false,
        // Weights in whole percent: the finest step is 1%.
        capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
        ...access,
    };
}
function readNamespace() {
    return readName("namespace", "default", DNS_LABEL, 63, "shop");
}

;// CONCATENATED MODULE: ./build/routers/gateway-api/config.js

/** sessionPersistence is experimental in Gateway API (GEP-1619): cutover neither sets nor relies on it. */
const SESSIONS = "Session persistence: none. The HTTPRoute splits each request by weight (Gateway API's sessionPersistence is experimental and not used), so a client may reach both colors while the weights are split.";
function readGatewayApiConfig() {
    const namespace = readNamespace();
    const route = readRouteNames("httproute", "test-httproute", "shop");
    const services = readColorNames({ blue: "blue-service", green: "green-service" }, { blue: "shop-blue", green: "shop-green" });
    const rules = readRules("httproute-rules", "0,2 or canary");
    return {
        kind: "gateway-api",
        description: `Gateway API HTTPRoute ${namespace}/${route.name}${route.test ? ` and test ${route.test}` : ""}, backendRefs ${services.blue} / ${services.green}`,
        notes: [SESSIONS],
        routes: [
            routeObject("HTTPRoute", "production", namespace, route.name, "httproute"),
            ...(route.test ? [routeObject("HTTPRoute", "test", namespace, route.test, "test-httproute")] : []),
        ],
        objectKind: "HTTPRoute",
        rules,
        services,
        colorServices: { blue: [services.blue], green: [services.green] },
        // The kubernetes router's fields: the pool reads the Services above instead.
        service: route.name,
        testService: route.test,
        ...readWorkloads(namespace, services),
    };
}

;// CONCATENATED MODULE: ./build/routers/gateway-api/dialect.js
// How an HTTPRoute names the colors and their weights ("HTTPRoute" API reference: HTTPBackendRef,
// BackendRef.weight; RouteParentStatus), and how its Gateway's controller reports a generation.

const describe = (c) => `${c.type} ${c.status} (${c.reason}${c.message ? `: ${c.message}` : ""})`;
/**
 * Per parent Gateway, Accepted and ResolvedRefs with the generation they describe (GEP-1364). A
 * route no controller has reported on has no parents in its status: nothing to wait for.
 */
function routeVerdict(object, generation) {
    const parents = (object.status?.parents ?? []);
    if (parents.length === 0)
        return { state: "unreported" };
    for (const parent of parents) {
        const conditions = (parent.conditions ?? []);
        const accepted = conditions.find((c) => c.type === "Accepted");
        if (!accepted || (accepted.observedGeneration !== undefined && accepted.observedGeneration < generation))
            return { state: "pending" };
        for (const c of conditions.filter((x) => x.type === "Accepted" || x.type === "ResolvedRefs")) {
            if (c.status !== "True" && (c.observedGeneration ?? generation) >= generation) {
                return { state: "refused", detail: `Gateway ${parent.parentRef?.name} reports ${describe(c)}` };
            }
        }
    }
    return { state: "accepted" };
}
function gatewayDialect(services) {
    return {
        type: { group: "gateway.networking.k8s.io", version: "v1", plural: "httproutes", kind: "HTTPRoute" },
        field: "rules",
        rulesInput: "httproute-rules",
        backends: (rule) => (rule?.backendRefs ?? []),
        colorOf: (b, namespace) => (b.kind ?? "Service") === "Service" && (b.group ?? "") === "" && (b.namespace ?? namespace) === namespace
            ? core_color/* COLORS */.l.find((c) => services[c] === b.name)
            : undefined,
        // "weight ... Defaults to 1."
        weightOf: (b) => (b.weight ?? 1),
        setWeight: (b, weight) => ({ ...b, weight }),
        backendFor: (color, like) => ({ ...like, name: services[color], weight: 0 }),
        // Other backendRefs keep their relative weights.
        refuse: () => undefined,
        verdict: routeVerdict,
    };
}

;// CONCATENATED MODULE: ./build/routers/gateway-api/inputs.js
/** The gateway-api router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
const GATEWAY_API_INPUTS = [
    {
        name: "httproute",
        description: "router gateway-api (required): the production HTTPRoute (gateway.networking.k8s.io/v1). The switch moves the backendRef weights of its rules that name both colors' Services.",
    },
    {
        name: "test-httproute",
        description: "router gateway-api: an HTTPRoute that always sends to the standby, moved the other way with the last step.",
    },
    { name: "blue-service", description: "router gateway-api (required): the blue color's Service, as the backendRefs name it." },
    { name: "green-service", description: "router gateway-api (required): the green color's Service, as the backendRefs name it." },
    {
        name: "httproute-rules",
        description: "router gateway-api: the rules to move, by name or 0-based index, comma-separated. Empty: every rule whose backendRefs name both Services.",
    },
];

;// CONCATENATED MODULE: ./build/routers/gateway-api/index.js
// The gateway-api router: an HTTPRoute's backendRef weights split traffic between the colors'
// Services; Deployments and their ready endpoints are the pools, their annotations the ledger.




const gatewayApi = {
    kind: "gateway-api",
    inputs: GATEWAY_API_INPUTS,
    readConfig: readGatewayApiConfig,
    connect(config) {
        const c = config;
        return connectWeighted(c, gatewayDialect(c.services));
    },
};

;// CONCATENATED MODULE: ./build/routers/istio/config.js
// The istio router's inputs, read and checked without touching the cluster: the colors are
// either subsets of one host (blue-subset, green-subset with host) or a host each.



const SUBSETS = { blue: "blue-subset", green: "green-subset" };
const HOSTS = { blue: "blue-host", green: "green-host" };
function readColors() {
    const given = (names) => Object.values(names).filter((n) => (0,core_inputs/* readString */.E3)(n));
    const subsets = given(SUBSETS);
    const hosts = given(HOSTS);
    if (subsets.length > 0 && hosts.length > 0) {
        throw (0,core_inputs/* inputError */.Xu)(hosts[0], `cannot be set with ${subsets[0]}: name the colors either as subsets of host or as a host each`, "blue-host: shop-blue and green-host: shop-green, with no subsets");
    }
    if (hosts.length > 0)
        return { hosts: readColorNames(HOSTS, { blue: "shop-blue", green: "shop-green" }) };
    if (subsets.length === 0) {
        throw (0,core_inputs/* inputError */.Xu)("blue-subset", "is required: name the colors as blue-subset and green-subset with host, or as blue-host and green-host", "blue");
    }
    if (!(0,core_inputs/* readString */.E3)("host"))
        throw (0,core_inputs/* inputError */.Xu)("host", "is required with blue-subset and green-subset", "shop");
    const host = readName("host", "", DNS_SUBDOMAIN, 253, "shop");
    return { host, subsets: readColorNames(SUBSETS, { blue: "blue", green: "green" }) };
}
function readIstioConfig() {
    const namespace = readNamespace();
    const route = readRouteNames("virtualservice", "test-virtualservice", "shop");
    const colors = readColors();
    const rules = readRules("virtualservice-routes", "0 or primary");
    const short = (host) => host.split(".")[0];
    const shown = "hosts" in colors
        ? `hosts ${colors.hosts.blue} / ${colors.hosts.green}`
        : `${colors.host} subsets ${colors.subsets.blue} / ${colors.subsets.green}`;
    const deployments = "hosts" in colors
        ? { blue: short(colors.hosts.blue), green: short(colors.hosts.green) }
        : { blue: `${route.name}-blue`, green: `${route.name}-green` };
    return {
        kind: "istio",
        description: `Istio VirtualService ${namespace}/${route.name}${route.test ? ` and test ${route.test}` : ""}, ${shown}`,
        routes: [
            routeObject("VirtualService", "production", namespace, route.name, "virtualservice"),
            ...(route.test ? [routeObject("VirtualService", "test", namespace, route.test, "test-virtualservice")] : []),
        ],
        notes: [
            "Session persistence: none. The VirtualService splits each request by weight (consistent-hash load balancing applies within a destination, not across the colors), so a client may reach both colors while the weights are split.",
        ],
        objectKind: "VirtualService",
        rules,
        colors,
        colorServices: "hosts" in colors
            ? { blue: [short(colors.hosts.blue)], green: [short(colors.hosts.green)] }
            : { blue: [short(colors.host)], green: [short(colors.host)] },
        // The kubernetes router's fields: the pool reads the Services above instead.
        service: route.name,
        testService: route.test,
        ...readWorkloads(namespace, deployments),
    };
}

;// CONCATENATED MODULE: ./build/routers/istio/dialect.js
// How a VirtualService names the colors and their weights ("VirtualService" reference:
// HTTPRouteDestination, Destination host and subset), and how istiod reports a generation
// ("Configuration Status Field": observedGeneration, the Reconciled condition, validationMessages).

/** `shop-all` or `shop-all.shop.svc.cluster.local` names the Service shop-all of namespace shop. */
function sameHost(host, wanted, namespace) {
    const [name, ns] = String(host ?? "").split(".");
    const [wantedName, wantedNs] = wanted.split(".");
    return name === wantedName && (ns ?? namespace) === (wantedNs ?? namespace);
}
/** The status field is off unless istiod tracks config distribution: then there is nothing to wait for. */
function istioVerdict(object, generation) {
    const status = object.status ?? {};
    if (status.observedGeneration === undefined && !(status.conditions ?? []).length)
        return { state: "unreported" };
    if (Number(status.observedGeneration ?? 0) < generation)
        return { state: "pending" };
    const errors = (status.validationMessages ?? []).filter((m) => m.level === "Error");
    if (errors.length > 0) {
        return { state: "refused", detail: errors.map((m) => `${m.type?.code ?? "error"} ${m.message}`).join("; ") };
    }
    const reconciled = (status.conditions ?? []).find((c) => c.type === "Reconciled");
    return reconciled && reconciled.status !== "True" ? { state: "pending" } : { state: "accepted" };
}
function istioDialect(colors) {
    const colorOf = (d, namespace) => "hosts" in colors
        ? core_color/* COLORS */.l.find((c) => sameHost(d.destination?.host, colors.hosts[c], namespace))
        : sameHost(d.destination?.host, colors.host, namespace)
            ? core_color/* COLORS */.l.find((c) => d.destination?.subset === colors.subsets[c])
            : undefined;
    return {
        type: { group: "networking.istio.io", version: "v1", plural: "virtualservices", kind: "VirtualService" },
        field: "http",
        rulesInput: "virtualservice-routes",
        backends: (rule) => (rule?.route ?? []),
        colorOf,
        // "If there is only one destination in a rule, it will receive all traffic."
        weightOf: (d, all) => (all.length === 1 ? 100 : (d.weight ?? 0)),
        setWeight: (d, weight) => ({ ...d, weight }),
        backendFor: (color, like) => {
            const destination = "hosts" in colors
                ? { ...like.destination, host: colors.hosts[color] }
                : { ...like.destination, subset: colors.subsets[color] };
            return { ...like, destination, weight: 0 };
        },
        // Weights are percentages that should sum to 100: the two colors must hold all of them.
        refuse: (_, own, all) => {
            const other = all.find((d) => !own.includes(d) && (d.weight ?? 0) > 0);
            return other
                ? `destination ${other.destination?.host}${other.destination?.subset ? ` subset ${other.destination.subset}` : ""} holds ${other.weight}%. Istio's weights sum to 100, so cutover moves a route only when the two colors hold all of it: set that weight to 0, or move that destination to a route of its own.`
                : undefined;
        },
        verdict: istioVerdict,
    };
}

;// CONCATENATED MODULE: ./build/routers/istio/inputs.js
/** The istio router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
const ISTIO_INPUTS = [
    {
        name: "virtualservice",
        description: "router istio (required): the production VirtualService (networking.istio.io/v1). The switch moves the destination weights, in percent, of its http routes that name both colors.",
    },
    {
        name: "test-virtualservice",
        description: "router istio: a VirtualService that always sends to the standby, moved the other way with the last step.",
    },
    {
        name: "host",
        description: "router istio: the destination host whose DestinationRule subsets are the colors (with blue-subset and green-subset).",
    },
    { name: "blue-subset", description: "router istio: the blue color's subset of host." },
    { name: "green-subset", description: "router istio: the green color's subset of host." },
    {
        name: "blue-host",
        description: "router istio: the blue color's destination host, when each color is its own Service (instead of subsets).",
    },
    { name: "green-host", description: "router istio: the green color's destination host, when each color is its own Service." },
    {
        name: "virtualservice-routes",
        description: "router istio: the http routes to move, by name or 0-based index, comma-separated. Empty: every http route whose destinations name both colors.",
    },
];

;// CONCATENATED MODULE: ./build/routers/istio/index.js
// The istio router: a VirtualService's destination weights (percent) split traffic between the
// colors, as subsets of one host or a host each; Deployments and their ready endpoints are the
// pools, their annotations the ledger.




const istio = {
    kind: "istio",
    inputs: ISTIO_INPUTS,
    readConfig: readIstioConfig,
    connect(config) {
        const c = config;
        return connectWeighted(c, istioDialect(c.colors));
    },
};

;// CONCATENATED MODULE: ./build/routers/kubernetes/inputs.js
/** The kubernetes router's inputs, as every step's action.yml declares them. */
const KUBERNETES_INPUTS = [
    { name: "namespace", description: "router kubernetes: namespace of the Services and Deployments.", default: "default" },
    {
        name: "service",
        description: "router kubernetes (required): the production Service. Its selector names the live color (version: blue); the switch changes that one key.",
    },
    {
        name: "test-service",
        description: "router kubernetes: a preview Service that always selects the standby, flipped the other way (like Argo Rollouts' previewService).",
    },
    {
        name: "color-label",
        description: "router kubernetes: the label key whose value is the color, on the pods and in the selectors.",
        default: "version",
    },
    { name: "blue-deployment", description: "router kubernetes: the blue Deployment. Defaults to <service>-blue." },
    { name: "green-deployment", description: "router kubernetes: the green Deployment. Defaults to <service>-green." },
    {
        name: "kubeconfig",
        description: "router kubernetes: a kubeconfig file. Empty: KUBECONFIG, ~/.kube/config, or the in-cluster ServiceAccount, as kubectl.",
    },
    { name: "kube-context", description: "router kubernetes: the kubeconfig context to use. Empty: its current context." },
    {
        name: "image",
        description: "router kubernetes, deploy-standby: the image to roll the standby Deployment onto, as image or container=image; deploy-standby waits for the rollout.",
    },
    {
        name: "min-capacity-percent",
        description: "router kubernetes: before a switch, the standby needs at least this share of the active color's ready pods (100% means as many).",
        default: "100%",
    },
];

;// CONCATENATED MODULE: ./build/routers/kubernetes/index.js
// The kubernetes router: a Service's selector names the live color's Deployment; pods and
// EndpointSlices are the pools; annotations on the Deployments are the ledger.






const kubernetes = {
    kind: "kubernetes",
    inputs: KUBERNETES_INPUTS,
    readConfig: readKubernetesConfig,
    connect(config) {
        const k = config;
        // The official client is large: it loads on the first call to the cluster, never for other routers.
        const client = loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(10), __nccwpck_require__.e(675)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10675)).then((m) => new m.KubeClient({ kubeconfig: k.kubeconfig, context: k.context, namespace: k.namespace })));
        return connectKubernetes(k, client);
    },
};
function connectKubernetes(config, client) {
    return {
        traffic: new KubernetesTraffic(client, config),
        pool: new KubernetesPool(client, config),
        ledger: new KubernetesLedger(client, config),
    };
}

;// CONCATENATED MODULE: ./build/routers/nginx/upstream-file.js
// The managed upstream file: the upstream blocks cutover owns, and the ledger in its comments.
// It is the source of truth for the nginx router, so parsing is strict: a line cutover cannot
// place is an error that names it, and nothing is written over a file it cannot read.


const HEADER = [
    "# Managed by cutover (router: nginx). Your nginx.conf includes this file; cutover rewrites it",
    "# on every switch, and keeps each color's version and times on the '# ledger' lines.",
    "# Edit it only in this format: a file cutover cannot read stops every step, and nothing is written.",
];
/** Parameters that cutover sets itself; a server given with them would fight the weights. */
const OWNED_PARAMS = ["weight=", "down", "backup"];
const NAME = /^[A-Za-z0-9_.-]+$/;
const LEDGER_KEY = /^[a-z0-9][a-z0-9:._-]*$/;
function emptyLedger() {
    return { blue: {}, green: {} };
}
class FileError extends errors/* CutoverError */.DB {
    name = "ManagedFileError";
}
function unreadable(file, line, problem) {
    return new FileError(`The managed upstream file ${file} cannot be read at line ${line}: ${problem}. cutover wrote it in a fixed format (upstream blocks whose server lines end in '# blue' or '# green', ledger lines '# ledger <color> <key>=<value>'); put that format back, or restore the file cutover last wrote. Nothing was written.`);
}
/** `weight=N` (N ≥ 1) or `down` out of a server's parameters; the rest are kept. */
function splitParams(file, line, tokens) {
    let weight;
    let down = false;
    const params = [];
    for (const token of tokens) {
        if (token === "down")
            down = true;
        else if (token.startsWith("weight=")) {
            const value = token.slice("weight=".length);
            if (!/^[1-9]\d{0,5}$/.test(value))
                throw unreadable(file, line, `'${token}' is not a weight of 1 or more`);
            weight = Number(value);
        }
        else if (token === "backup")
            throw unreadable(file, line, "'backup' servers are not supported: cutover sets each color's share");
        else
            params.push(token);
    }
    if (down && weight !== undefined)
        throw unreadable(file, line, "a server is either 'down' or has a weight, not both");
    return { weight: down ? 0 : (weight ?? 1), params };
}
function parseServer(file, line, code, comment) {
    const color = comment.trim();
    if (color !== "blue" && color !== "green") {
        throw unreadable(file, line, `a server line must end in '# blue' or '# green', found '${comment ? `#${comment}` : "no comment"}'`);
    }
    const match = /^server\s+(\S+)((?:\s+[^\s;]+)*)\s*;$/.exec(code);
    if (!match)
        throw unreadable(file, line, `'${code}' is not 'server ADDRESS [PARAMETERS];'`);
    const tokens = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
    return { address: match[1], color, ...splitParams(file, line, tokens) };
}
function parseLedger(file, line, text, ledger) {
    const match = /^#\s*ledger\s+(\S+)\s+([^=\s]+)=(.*)$/.exec(text);
    const color = match?.[1];
    if (!match || (color !== "blue" && color !== "green") || !LEDGER_KEY.test(match[2])) {
        throw unreadable(file, line, `'${text}' is not '# ledger blue|green KEY=VALUE'`);
    }
    ledger[color][match[2]] = match[3].trim();
}
/** Splits `code # comment`; nginx has no quoting in what cutover writes, so the first # starts it. */
function splitComment(text) {
    const at = text.indexOf("#");
    return at < 0 ? { code: text.trim(), comment: "" } : { code: text.slice(0, at).trim(), comment: text.slice(at + 1) };
}
/** A line outside any block: a ledger line, a comment, or the opening of an upstream block. */
function outsideLine(file, n, line, managed) {
    if (/^#\s*ledger\b/.test(line))
        parseLedger(file, n, line, managed.ledger);
    if (line.startsWith("#"))
        return undefined;
    const open = /^upstream\s+(\S+)\s*\{$/.exec(line);
    if (!open || !NAME.test(open[1])) {
        throw unreadable(file, n, `expected 'upstream NAME {', a comment or a blank line, found '${line}'`);
    }
    if (managed.upstreams.some((u) => u.name === open[1]))
        throw unreadable(file, n, `upstream '${open[1]}' is defined twice`);
    return { name: open[1], directives: [], servers: [] };
}
/** A line inside a block; false once it closes the block. */
function insideLine(file, n, line, block) {
    const { code, comment } = splitComment(line);
    if (code === "}")
        return false;
    if (code === "" && comment !== "")
        return true; // a comment alone carries nothing cutover keeps
    if (/^server\s/.test(code))
        block.servers.push(parseServer(file, n, code, comment));
    else if (/^[a-z_]+(\s+[^{};]+)?;$/.test(code))
        block.directives.push(code);
    else
        throw unreadable(file, n, `expected a server line, a one-line directive or '}', found '${line}'`);
    return true;
}
function parseManagedFile(text, file) {
    const managed = { upstreams: [], ledger: emptyLedger() };
    let block;
    const lines = text.split("\n");
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === "")
            continue;
        if (!block)
            block = outsideLine(file, index + 1, line, managed);
        else if (!insideLine(file, index + 1, line, block)) {
            managed.upstreams.push(block);
            block = undefined;
        }
    }
    if (block)
        throw unreadable(file, lines.length, `upstream '${block.name}' is not closed with '}'`);
    return managed;
}
function ledgerValue(value) {
    return value.replace(/[\r\n]+/g, " ").trim();
}
function serverLine(server) {
    const share = server.weight > 0 ? `weight=${server.weight}` : "down";
    return `    server ${[server.address, share, ...server.params].join(" ")}; # ${server.color}`;
}
function renderBlock(block) {
    return [`upstream ${block.name} {`, ...block.directives.map((d) => `    ${d}`), ...block.servers.map(serverLine), "}"].join("\n");
}
function renderManagedFile(managed) {
    const ledger = core_color/* COLORS */.l.flatMap((color) => Object.entries(managed.ledger[color]).map(([key, value]) => `# ledger ${color} ${key}=${ledgerValue(value)}`));
    const blocks = managed.upstreams.map(renderBlock);
    return `${[...HEADER, ...(ledger.length ? ["#", ...ledger] : []), "", blocks.join("\n\n")].join("\n")}\n`;
}
/** The block of an upstream the inputs name; its absence is the user's layout, not ours, to fix. */
function upstreamNamed(managed, name, file, input) {
    const block = managed.upstreams.find((u) => u.name === name);
    if (block)
        return block;
    const found = managed.upstreams.map((u) => u.name).join(", ") || "none";
    throw new FileError(`The managed upstream file ${file} has no 'upstream ${name}' block, which ${input} names (upstreams found: ${found}). Nothing was written.`);
}
/** A ledger with `set` written over and `remove` taken out of one color; values become one line. */
function editLedger(ledger, color, set, remove) {
    const bad = Object.keys(set).find((key) => !LEDGER_KEY.test(key));
    if (bad)
        throw new errors/* CutoverError */.DB(`'${bad}' cannot be a ledger key in the managed upstream file (letters, digits, ':', '.', '_', '-').`);
    const edited = { blue: { ...ledger.blue }, green: { ...ledger.green } };
    for (const key of remove)
        delete edited[color][key];
    for (const [key, value] of Object.entries(set))
        edited[color][key] = ledgerValue(value);
    return edited;
}

;// CONCATENATED MODULE: ./build/routers/nginx/config.js
// The nginx router's inputs, read and checked before anything reaches the proxy.




const config_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
/** Seed 000's common mistake: taking a reload for the end of the old color's traffic. */
const LONG_TAIL = "**Long-lived connections:** nginx reloads gracefully, so the old workers keep their WebSocket and SSE connections, and the requests on them, on the previous color until those close or `worker_shutdown_timeout` ends them. Keep the previous color up until then, and set `worker_shutdown_timeout` in nginx.conf to bound that tail.";
const SERVERS_EXAMPLE = "10.0.1.10:3000 max_fails=3 fail_timeout=10s (one server per line)";
function readOneLine(name, fallback, example) {
    const value = (0,core_inputs/* readString */.E3)(name, fallback);
    if (/[\r\n]/.test(value))
        throw (0,core_inputs/* inputError */.Xu)(name, "must be one line", example);
    return value;
}
function readUpstreamName(name, fallback) {
    const value = (0,core_inputs/* readString */.E3)(name, fallback);
    if (value && !config_NAME.test(value)) {
        throw (0,core_inputs/* inputError */.Xu)(name, `must be an nginx upstream name (letters, digits, '_', '.', '-'), got ${JSON.stringify(value)}`, "backend");
    }
    return value;
}
function readFile() {
    const example = "/etc/nginx/conf.d/cutover-upstreams.conf";
    const file = readOneLine("nginx-upstream-file", "", example);
    if (!file)
        throw (0,core_inputs/* inputError */.Xu)("nginx-upstream-file", "is required: the file cutover owns and your nginx.conf includes", example);
    if (!file.startsWith("/") || file.endsWith("/")) {
        throw (0,core_inputs/* inputError */.Xu)("nginx-upstream-file", `must be an absolute path to a file on the proxy, got ${JSON.stringify(file)}`, example);
    }
    return file;
}
/** `host:port`, `[v6]:port` or `unix:/path`, as nginx's `server` directive takes it. */
function checkAddress(name, address) {
    if (/^unix:\/\S+$/.test(address))
        return;
    const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(address);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) {
        throw (0,core_inputs/* inputError */.Xu)(name, `lists ${JSON.stringify(address)}, which is not host:port (a port from 1 to 65535)`, SERVERS_EXAMPLE);
    }
}
function checkParam(name, address, param) {
    const owned = OWNED_PARAMS.find((p) => param === p || (p.endsWith("=") && param.startsWith(p)));
    if (owned) {
        throw (0,core_inputs/* inputError */.Xu)(name, `gives ${address} '${param}': cutover sets weight and down itself to move traffic, and a backup server would take no share`, SERVERS_EXAMPLE);
    }
    if (!/^[a-z_]+(=[^\s;{}#]+)?$/.test(param)) {
        throw (0,core_inputs/* inputError */.Xu)(name, `gives ${address} the parameter ${JSON.stringify(param)}, which is not name or name=value`, SERVERS_EXAMPLE);
    }
}
function readServers(name) {
    const lines = (0,core_inputs/* readList */.LD)(name);
    if (lines.length === 0)
        throw (0,core_inputs/* inputError */.Xu)(name, "is required: the color's servers as host:port, one per line", SERVERS_EXAMPLE);
    return lines.map((line) => {
        const [address = "", ...params] = line.split(/\s+/);
        checkAddress(name, address);
        for (const param of params)
            checkParam(name, address, param);
        return { address, params };
    });
}
function checkNoServerTwice(servers) {
    const seen = new Map();
    for (const color of ["blue", "green"]) {
        for (const { address } of servers[color]) {
            const before = seen.get(address);
            if (before) {
                const where = before === color ? `twice in ${color}-servers` : "in both blue-servers and green-servers";
                throw (0,core_inputs/* inputError */.Xu)(`${color}-servers`, `lists ${address} ${where}; each server belongs to one color, once`, SERVERS_EXAMPLE);
            }
            seen.set(address, color);
        }
    }
}
function upstreamRoute(name, role, input) {
    return {
        id: name,
        role,
        name: `${role === "test" ? "test " : ""}upstream ${name}`,
        short: `${role === "test" ? "test " : ""}${name}`,
        input,
    };
}
/** The router's config: the upstreams as routes, the servers as pools, and the region CloudFront and alarms use. */
function readNginxRouterConfig() {
    const nginx = readNginxConfig();
    const verifyTimeoutMs = (0,durations/* readDuration */.$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,core_inputs/* readInteger */.JI)("max-attempts", 5, { min: 1, max: 20 });
    const region = (0,aws_region/* readRegion */.X)("aws-region") ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
    const routes = [
        upstreamRoute(nginx.upstream, "production", "nginx-upstream"),
        ...(nginx.testUpstream ? [upstreamRoute(nginx.testUpstream, "test", "nginx-test-upstream")] : []),
    ];
    const pool = (color) => nginx.servers[color].map((s) => s.address).join(",");
    return {
        kind: "nginx",
        description: `nginx upstream ${nginx.upstream}${nginx.testUpstream ? ` and test upstream ${nginx.testUpstream}` : ""} in ${nginx.file}${nginx.exec ? ` (through ${nginx.exec})` : ""}`,
        routes,
        pools: { blue: pool("blue"), green: pool("green") },
        verifyTimeoutMs,
        testUrlKnown: false,
        // Any integer weight of 1 or more per server, and `down`: a split to the percent.
        capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
        aws: { region, partition: "aws", maxAttempts },
        notes: [LONG_TAIL],
        nginx,
    };
}
function readNginxConfig() {
    const file = readFile();
    const upstream = readUpstreamName("nginx-upstream", "backend");
    const testUpstream = readUpstreamName("nginx-test-upstream", "");
    if (testUpstream === upstream) {
        throw (0,core_inputs/* inputError */.Xu)("nginx-test-upstream", `must differ from nginx-upstream (${upstream}): it always points at the standby`, "backend-test");
    }
    const servers = { blue: readServers("blue-servers"), green: readServers("green-servers") };
    checkNoServerTwice(servers);
    const exec = readOneLine("nginx-exec", "", "docker exec -i proxy");
    const testCommand = readOneLine("nginx-test-command", "nginx -t", "nginx -t");
    const reloadCommand = readOneLine("nginx-reload-command", "nginx -s reload", "nginx -s reload");
    const healthPath = (0,core_inputs/* readString */.E3)("health-path", "/health");
    if (!/^\/[^\s#]*$/.test(healthPath)) {
        throw (0,core_inputs/* inputError */.Xu)("health-path", `must be a path that starts with /, got ${JSON.stringify(healthPath)}`, "/health");
    }
    return { file, upstream, ...(testUpstream ? { testUpstream } : {}), servers, exec, testCommand, reloadCommand, healthPath };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./build/routers/nginx/exec.js
// Reaching the proxy: every read, write, test and reload is a POSIX sh script fed on stdin to
// `<nginx-exec> sh`. `docker exec -i proxy`, `kubectl exec -i ...` and `ssh deploy@proxy` all pass
// stdin through, and a script on stdin needs no second layer of quoting (ssh joins its arguments
// into one remote command line, docker exec does not). An empty prefix runs sh here.



const DEFAULT_TIMEOUT_MS = 60_000;
/** Quotes a word for sh: single quotes, with each ' as '\''. */
function shellQuote(word) {
    return `'${word.replaceAll("'", "'\\''")}'`;
}
/** A here-document that carries `content` exactly; its delimiter is random, so no line can end it. */
function hereDocument(command, content) {
    const body = content.endsWith("\n") ? content : `${content}\n`;
    let tag;
    do
        tag = `CUTOVER_${(0,external_node_crypto_.randomBytes)(8).toString("hex")}`;
    while (body.split("\n").includes(tag));
    return `${command} <<'${tag}'\n${body}${tag}\n`;
}
function execShell(prefix) {
    const trimmed = prefix.trim();
    const via = trimmed ? `${trimmed} sh` : "sh";
    return {
        via,
        run: (script, timeoutMs = DEFAULT_TIMEOUT_MS) => new Promise((resolve, reject) => {
            // The prefix is the user's command line, read by bash as a workflow `run:` line would be.
            const child = trimmed ? (0,external_node_child_process_.spawn)("bash", ["-c", `${trimmed} sh`]) : (0,external_node_child_process_.spawn)("sh", []);
            const out = [];
            const err = [];
            child.stdout.on("data", (chunk) => out.push(chunk));
            child.stderr.on("data", (chunk) => err.push(chunk));
            const timer = setTimeout(() => {
                child.kill("SIGKILL");
                reject(new errors/* CutoverError */.DB(`'${via}' did not finish within ${timeoutMs / 1000} s.`));
            }, timeoutMs);
            child.on("error", (error) => {
                clearTimeout(timer);
                reject(new errors/* CutoverError */.DB(`Could not start '${via}': ${error.message}.`));
            });
            child.on("close", (code) => {
                clearTimeout(timer);
                resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
            });
            // A prefix that exits without reading stdin closes the pipe: its exit code tells the story.
            child.stdin.on("error", () => { });
            child.stdin.end(script);
        }),
    };
}
/** What a failed command said, in one line for an `::error::`: nginx's `[emerg]` line first when there is one. */
function commandMessage(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const emerg = lines.filter((l) => /\[(emerg|alert|crit|error)\]/.test(l));
    const shown = (emerg.length ? emerg : lines).join(" | ");
    return shown || `exit code ${result.code ?? "(killed)"}, no output`;
}

;// CONCATENATED MODULE: ./build/routers/nginx/inputs.js
/** The nginx router's inputs, as every step's action.yml declares them. */
const NGINX_INPUTS = [
    {
        name: "nginx-upstream-file",
        description: "router nginx (required): the file cutover owns and your nginx.conf includes, as a path where nginx-exec runs. It holds the upstream blocks and, in comments, each color's version and times.",
    },
    { name: "nginx-upstream", description: "router nginx: the production upstream's name.", default: "backend" },
    {
        name: "nginx-test-upstream",
        description: "router nginx: a second upstream in the same file that always points at the standby, flipped the other way, like the ALB test listener.",
    },
    {
        name: "blue-servers",
        description: "router nginx (required): blue's servers as host:port, one per line (or comma-separated); parameters such as max_fails=3 are kept. cutover sets weight and down itself.",
    },
    { name: "green-servers", description: "router nginx (required): green's servers, as blue-servers." },
    {
        name: "nginx-exec",
        description: "router nginx: a command prefix that reaches the proxy, such as `docker exec -i proxy` or `ssh deploy@proxy`; every read, write, test and reload goes through it as a script on stdin. Empty: here.",
    },
    { name: "nginx-test-command", description: "router nginx: checks the configuration before a reload.", default: "nginx -t" },
    { name: "nginx-reload-command", description: "router nginx: the graceful reload.", default: "nginx -s reload" },
    { name: "health-path", description: "router nginx: the path each server answers 2xx on when healthy.", default: "/health" },
];

;// CONCATENATED MODULE: ./build/routers/nginx/ledger.js
/** nginx keeps the ledger in the managed file's comments, one `# ledger <color> <key>=<value>` line each. */
class NginxLedger {
    #proxy;
    constructor(proxy) {
        this.#proxy = proxy;
    }
    read() {
        return this.#proxy.ledger();
    }
    write(color, set, remove = []) {
        return this.#proxy.editLedger(color, set, remove);
    }
}

// EXTERNAL MODULE: ./build/routing/tags.js
var tags = __nccwpck_require__(54544);
;// CONCATENATED MODULE: ./build/routers/nginx/pool.js


class NginxPool {
    verbs = { retire: "Mark down", restore: "Mark up again" };
    #proxy;
    #config;
    /** The color's server lines before this run marked them down, per block, for a restore. */
    #retired = new Map();
    constructor(proxy, config) {
        this.#proxy = proxy;
        this.#config = config;
    }
    /**
     * Probes each server on health-path. A color marked down in every block while a teardown is under
     * way takes no traffic from nginx at all: its servers are `unused`, as ALB says of a target group
     * that no rule forwards to.
     */
    async health(color) {
        const { managed } = await this.#proxy.read();
        const down = managed.upstreams.every((u) => u.servers.every((s) => s.color !== color || s.weight === 0));
        if (down && managed.ledger[color][tags/* TAG */.Dk.teardownStarted]) {
            return this.#proxy.config.servers[color].map((s) => ({
                ...pool_split(s.address),
                state: "unused",
                reason: "MarkedDown",
                description: "marked down in every upstream",
            }));
        }
        return this.#proxy.probe(color);
    }
    /** What the two colors should share: the parameters their servers carry. */
    async settings(color) {
        const params = [...new Set(this.#proxy.config.servers[color].flatMap((s) => s.params))].sort();
        return [{ name: "server parameters", value: params.join(" ") }];
    }
    retire(color, _targets) {
        return this.#proxy.exclusive(async () => {
            const seen = await this.#proxy.read();
            const name = this.#config.routes.find((r) => r.role === "production")?.id;
            const production = seen.managed.upstreams.find((u) => u.name === name);
            if (production?.servers.some((s) => s.color === color && s.weight > 0)) {
                throw new errors/* CutoverError */.DB(`${color} has weight in upstream ${production.name}: it is not marked down.`);
            }
            const upstreams = seen.managed.upstreams.map((u) => this.#markDown(u, color));
            await this.#proxy.write(seen, { ...seen.managed, upstreams });
        });
    }
    restore(color, _targets) {
        return this.#proxy.exclusive(async () => {
            const seen = await this.#proxy.read();
            const upstreams = seen.managed.upstreams.map((u) => {
                const before = this.#retired.get(u.name);
                if (!before)
                    return u;
                return { ...u, servers: [...u.servers.filter((s) => s.color !== color), ...before] };
            });
            await this.#proxy.write(seen, { ...seen.managed, upstreams });
            this.#retired.clear();
        });
    }
    #markDown(block, color) {
        const up = block.servers.filter((s) => s.color === color && s.weight > 0);
        if (up.length === 0)
            return block;
        this.#retired.set(block.name, block.servers.filter((s) => s.color === color));
        return { ...block, servers: block.servers.map((s) => (s.color === color ? { ...s, weight: 0 } : s)) };
    }
}
function pool_split(address) {
    const match = /^(.*):(\d+)$/.exec(address);
    return match ? { id: match[1], port: Number(match[2]) } : { id: address };
}

// EXTERNAL MODULE: ./build/probe/http.js
var http = __nccwpck_require__(75005);
;// CONCATENATED MODULE: ./build/routers/nginx/health.js
// Health of a color's servers. nginx OSS has no active health checks and no API to ask (the
// `health_check` directive is NGINX Plus only), so each server is probed on health-path directly.

const PROBE_TIMEOUT_MS = 5_000;
/** `host:port` as a URL authority; a unix: socket cannot be probed from here. */
function health_split(address) {
    if (address.startsWith("unix:"))
        return undefined;
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(address);
    if (!match)
        return undefined;
    return { host: match[1], ...(match[2] ? { port: Number(match[2]) } : {}) };
}
async function probeServer(server, healthPath, prober) {
    const where = health_split(server.address);
    if (!where) {
        return {
            id: server.address,
            state: "unavailable",
            reason: "NotProbeable",
            description: "a unix socket is not reachable from the runner",
        };
    }
    const base = { id: where.host, ...(where.port ? { port: where.port } : {}) };
    const url = new URL(`http://${where.host}${where.port ? `:${where.port}` : ""}${healthPath}`);
    const answer = await prober.send({ url, headers: { "user-agent": "cutover-health" } });
    if (answer.status >= 200 && answer.status < 300)
        return { ...base, state: "healthy" };
    if (answer.status > 0) {
        return {
            ...base,
            state: "unhealthy",
            reason: `HTTP ${answer.status}`,
            description: `${answer.url} answered ${answer.status}`,
        };
    }
    return { ...base, state: "unhealthy", reason: "NoAnswer", description: `${answer.url}: ${answer.error ?? "no answer"}` };
}
/** Probes every server at once, each with its own deadline. */
async function probeServers(servers, healthPath) {
    const prober = new http/* Prober */.JC({ timeoutMs: PROBE_TIMEOUT_MS, concurrency: Math.max(1, servers.length) });
    try {
        return await Promise.all(servers.map((server) => probeServer(server, healthPath, prober)));
    }
    finally {
        prober.close();
    }
}

;// CONCATENATED MODULE: ./build/routers/nginx/install.js
// Reading the managed file and putting a new one in place: a temporary file beside it, an atomic
// rename over it, nginx's own test, then a graceful reload. A failed test or reload puts the
// previous file back, so nginx keeps running, and will reload, what it had.


/** Suffixes of the files kept beside the managed one while a write is under way. */
const NEW_SUFFIX = ".cutover-new";
const PREVIOUS_SUFFIX = ".cutover-previous";
class MissingFileError extends errors/* CutoverError */.DB {
    name = "MissingFileError";
}
async function readManagedText(shell, file) {
    const result = await shell.run(`cat -- ${shellQuote(file)}\n`);
    if (result.code === 0)
        return result.stdout;
    const message = commandMessage(result);
    if (/no such file/i.test(message)) {
        throw new MissingFileError(`The managed upstream file ${file} does not exist (read through '${shell.via}').`);
    }
    throw new errors/* CutoverError */.DB(`Could not read the managed upstream file ${file} through '${shell.via}': ${message}.`);
}
function names(file) {
    return `f=${shellQuote(file)}; n=${shellQuote(file + NEW_SUFFIX)}; p=${shellQuote(file + PREVIOUS_SUFFIX)}`;
}
/** Someone else changed the managed file since cutover read it: stop, and do not fight them. */
class FileChangedError extends errors/* CutoverError */.DB {
    name = "FileChangedError";
}
/** How the install script ends: each way out has its own exit code. */
const EXIT = { written: 10, changed: 20, refused: 11, reloadFailed: 12, stuck: 13 };
/**
 * The whole write as one script, so that it costs one round trip through nginx-exec (an ssh
 * connection, say): the new file beside the old one (same owner and mode), a check that the file
 * still holds what was read, an atomic rename, the test, the reload, and the previous file put
 * back when the test or the reload fails. Each command's output is what nginx said.
 */
function installScript(nginx, expected, content, reload) {
    const restore = `{ mv -f "$p" "$f" || exit ${EXIT.stuck}; exit`;
    return [
        names(nginx.file),
        `cp -p "$f" "$n" || exit ${EXIT.written}`,
        hereDocument('cat > "$n"', content).trimEnd(),
        `[ $? -eq 0 ] || { rm -f "$n"; exit ${EXIT.written}; }`,
        'current=$(cat -- "$f"; echo .)',
        `expected=$(${hereDocument("cat", expected).trimEnd()}
echo .)`,
        `[ "$current" = "$expected" ] || { rm -f "$n"; exit ${EXIT.changed}; }`,
        `cp -p "$f" "$p" && mv -f "$n" "$f" || { rm -f "$n"; exit ${EXIT.written}; }`,
        `${nginx.testCommand} 2>&1 || ${restore} ${EXIT.refused}; }`,
        ...(reload ? [`${nginx.reloadCommand} 2>&1 || ${restore} ${EXIT.reloadFailed}; }`] : []),
        'rm -f "$p"',
        "",
    ].join("\n");
}
/**
 * Replaces the managed file, which must still hold `expected`, with `content`; tests it, and
 * reloads nginx. The reload is graceful: old workers finish their requests (and hold their
 * long-lived connections until those close or worker_shutdown_timeout ends them), new ones take
 * new requests. A change to the ledger's comments alone needs no reload.
 */
async function installFile(shell, nginx, expected, content, reload = true) {
    const result = await shell.run(installScript(nginx, expected, content, reload));
    const said = commandMessage(result);
    const file = nginx.file;
    switch (result.code) {
        case 0:
            return;
        case EXIT.changed:
            throw new FileChangedError(`The managed upstream file ${file} changed since cutover read it: someone else is writing it. Nothing was written; run again once they are done.`);
        case EXIT.refused:
            throw new errors/* CutoverError */.DB(`nginx-test-command (${nginx.testCommand}) refused the new upstream file: ${said}. The previous file is back in place and nginx was not reloaded, so traffic is as it was.`);
        case EXIT.reloadFailed:
            throw new errors/* CutoverError */.DB(`nginx-reload-command (${nginx.reloadCommand}) failed: ${said}. The previous file is back in place; nginx still serves the configuration it last loaded.`);
        case EXIT.stuck:
            throw new errors/* CutoverError */.DB(`The new upstream file was refused, and putting the previous one back failed too: ${said}. ${file} holds the refused version and ${file}${PREVIOUS_SUFFIX} the previous one: move it back by hand (mv ${file}${PREVIOUS_SUFFIX} ${file}). nginx was not reloaded.`);
        default:
            throw new errors/* CutoverError */.DB(`Could not write the managed upstream file ${file} through '${shell.via}': ${said}. The file was not replaced.`);
    }
}

;// CONCATENATED MODULE: ./build/routers/nginx/weights.js
// Color shares as nginx server weights. nginx's round robin weighs each server, and a weight must
// be 1 or more ("weight=number", ngx_http_upstream_module), so a color at 0 % is marked `down`
// and stays in the block. Each color's servers share its part equally.


function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
/** The same split in its smallest integers: 90:10 is 9:1, and 0:100 is 0:1. */
function reduced(weights) {
    const divisor = gcd(weights.blue, weights.green) || 1;
    return { blue: weights.blue / divisor, green: weights.green / divisor };
}
/**
 * The weight of one server of each color, so that each color's servers together carry its share:
 * 10 % green over 2 blue and 2 green servers is 9 per blue server and 1 per green one.
 */
function serverWeights(weights, counts) {
    for (const color of core_color/* COLORS */.l) {
        if (!Number.isInteger(weights[color]) || weights[color] < 0) {
            throw new errors/* CutoverError */.DB(`A weight must be a whole number of 0 or more; ${color} was given ${weights[color]}.`);
        }
        if (weights[color] > 0 && counts[color] === 0) {
            throw new errors/* CutoverError */.DB(`${color} has no servers, so it cannot take ${weights[color]} of the weight.`);
        }
    }
    if (weights.blue + weights.green === 0)
        throw new errors/* CutoverError */.DB("At least one color must keep some weight.");
    return reduced({
        blue: weights.blue * counts.green || (weights.blue && 1),
        green: weights.green * counts.blue || (weights.green && 1),
    });
}
/**
 * The split as cutover's weights: percentages when the split is a whole percent (9:1 reads 90:10,
 * as the engine wrote it), else its smallest integers.
 */
function asPercent(weights) {
    const total = weights.blue + weights.green;
    if (total > 0 && (weights.blue * 100) % total === 0) {
        const blue = (weights.blue * 100) / total;
        return { blue, green: 100 - blue };
    }
    return reduced(weights);
}
/** Each color's part of the block: the sum of its servers' weights, `down` counting 0. */
function blockWeights(block) {
    const sum = (color) => block.servers.filter((s) => s.color === color).reduce((total, s) => total + s.weight, 0);
    return { blue: sum("blue"), green: sum("green") };
}
/** The block with the servers given per color, weighted for the split; its other directives stay. */
function weighBlock(block, weights, servers) {
    const each = serverWeights(weights, { blue: servers.blue.length, green: servers.green.length });
    const lines = core_color/* COLORS */.l.flatMap((color) => servers[color].map((server) => ({ address: server.address, params: [...server.params], color, weight: each[color] })));
    return { ...block, directives: [...block.directives], servers: lines };
}
/** The colors a block names: those with a server in it, even one marked `down`. */
function weights_namedColors(block) {
    return core_color/* COLORS */.l.filter((color) => block.servers.some((s) => s.color === color));
}

;// CONCATENATED MODULE: ./build/routers/nginx/proxy.js
// The proxy as the nginx router sees it: the managed file read fresh each time, written as one unit
// (every upstream block and the ledger together), and never over a change someone else made.






/** The file a user starts from: blue live, the test upstream on green; one line, for an ::error::. */
function starter(config) {
    const all = { blue: 100, green: 0 };
    const block = (name, weights) => weighBlock({ name, directives: [], servers: [] }, weights, config.servers);
    const upstreams = [
        block(config.upstream, all),
        ...(config.testUpstream ? [block(config.testUpstream, { blue: 0, green: 100 })] : []),
    ];
    return renderManagedFile({ upstreams, ledger: { blue: {}, green: {} } })
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.trim())
        .join(" ");
}
class NginxProxy {
    config;
    #shell;
    /** Writes one at a time: each reads the file, changes its part, and puts the file in place. */
    #queue = Promise.resolve();
    #reading;
    constructor(config, shell = execShell(config.exec)) {
        this.config = config;
        this.#shell = shell;
    }
    /** Runs `change` after every change queued before it, whatever became of them. */
    exclusive(change) {
        const run = this.#queue.then(change, change);
        this.#queue = run.catch(() => undefined);
        return run;
    }
    /** The file as read now; reads asked for while one is on its way share it. */
    read() {
        this.#reading ??= this.#read().finally(() => {
            this.#reading = undefined;
        });
        return this.#reading;
    }
    async #read() {
        const { file } = this.config;
        let text;
        try {
            text = await readManagedText(this.#shell, file);
        }
        catch (error) {
            if (!(error instanceof MissingFileError))
                throw error;
            throw new errors/* CutoverError */.DB(`${error.message} Create it, include it from your nginx.conf in place of the upstream block, and reload nginx; with blue live it reads: ${starter(this.config)}`);
        }
        const managed = parseManagedFile(text, file);
        upstreamNamed(managed, this.config.upstream, file, "nginx-upstream");
        if (this.config.testUpstream)
            upstreamNamed(managed, this.config.testUpstream, file, "nginx-test-upstream");
        return { text, managed };
    }
    /** The block of `name` with the configured servers at `weights`; other blocks and the ledger stay. */
    weighed(managed, name, weights) {
        return {
            ...managed,
            upstreams: managed.upstreams.map((u) => (u.name === name ? weighBlock(u, weights, this.config.servers) : u)),
        };
    }
    withLedger(managed, color, set, remove) {
        return { ...managed, ledger: editLedger(managed.ledger, color, set, remove) };
    }
    /**
     * Writes `next` over the file, if it still holds what was read (`seen`): test, reload, or put
     * the previous file back. Returns the state written, for the next write to start from.
     */
    async write(seen, next, reload = true) {
        const text = renderManagedFile(next);
        // A file that says the same as cutover would write it (a hand-written one, say) is left alone.
        if (text === renderManagedFile(seen.managed))
            return seen;
        await installFile(this.#shell, this.config, seen.text, text, reload);
        return { text, managed: next };
    }
    async ledger() {
        return (await this.read()).managed.ledger;
    }
    /** Edits one color's ledger: comments only, so the file is tested but nginx is not reloaded. */
    editLedger(color, set, remove) {
        return this.exclusive(async () => {
            const seen = await this.read();
            await this.write(seen, this.withLedger(seen.managed, color, set, remove), false);
        });
    }
    probe(color) {
        return probeServers(this.config.servers[color], this.config.healthPath);
    }
}

;// CONCATENATED MODULE: ./build/routers/nginx/traffic.js



class NginxTraffic {
    #proxy;
    #config;
    /** Each block as this run last read or wrote it: a block that differs was changed by someone else. */
    #seen = new Map();
    #batch;
    constructor(proxy, config) {
        this.#proxy = proxy;
        this.#config = config;
    }
    async read(_options = {}) {
        const { managed } = await this.#proxy.read();
        return this.#config.routes.map((ref) => {
            const block = upstreamNamed(managed, ref.id, this.#proxy.config.file, ref.input);
            this.#seen.set(ref.id, renderBlock(block));
            return { ref, weights: asPercent(blockWeights(block)), raw: block };
        });
    }
    withWeights(route, weights) {
        const file = this.#proxy.weighed({ upstreams: [blockOf(route)], ledger: { blue: {}, green: {} } }, route.ref.id, weights);
        return { ...route, weights, raw: file.upstreams[0] };
    }
    write(route, options = {}) {
        if (!this.#batch)
            this.#batch = this.#startBatch();
        const batch = this.#batch;
        batch.blocks.set(route.ref.id, blockOf(route));
        batch.urgent ||= Boolean(options.urgent);
        if (options.signal)
            batch.signals.push(options.signal);
        return batch.done;
    }
    /** A batch collects the writes made in the same turn of the event loop, then writes them at once. */
    #startBatch() {
        const batch = { blocks: new Map(), urgent: false, signals: [], done: Promise.resolve() };
        batch.done = new Promise((resolve) => setImmediate(resolve)).then(() => {
            this.#batch = undefined;
            return this.#proxy.exclusive(() => this.#commit(batch));
        });
        return batch;
    }
    async #commit(batch) {
        const aborted = batch.signals.find((s) => s.aborted);
        if (!batch.urgent && aborted)
            throw aborted.reason;
        const seen = await this.#proxy.read();
        const file = this.#proxy.config.file;
        for (const name of batch.blocks.keys()) {
            const now = renderBlock(upstreamNamed(seen.managed, name, file, "nginx-upstream"));
            // A put-back or a rollback's finish must land; any other write stops at someone else's change.
            if (!batch.urgent && this.#seen.has(name) && this.#seen.get(name) !== now) {
                throw new FileChangedError(`upstream ${name} in ${file} changed since this run read it: another run or a person is moving it. Nothing was written.`);
            }
        }
        const upstreams = seen.managed.upstreams.map((u) => batch.blocks.get(u.name) ?? u);
        await this.#proxy.write(seen, { ...seen.managed, upstreams });
        for (const [name, block] of batch.blocks)
            this.#seen.set(name, renderBlock(block));
    }
    named(route) {
        return weights_namedColors(blockOf(route));
    }
    writeVerb(_ref) {
        return "nginx reload";
    }
    async checkChanges(_changes) { }
    /** nginx needs no route to a color for its servers to be probed: they are probed directly. */
    planReference(_routes, _color) {
        return [];
    }
    /** The test upstream's server block and port are in the user's nginx.conf, which cutover does not read. */
    async testUrl() {
        return undefined;
    }
}
function blockOf(route) {
    return route.raw;
}

;// CONCATENATED MODULE: ./build/routers/nginx/index.js







const nginx = {
    kind: "nginx",
    inputs: NGINX_INPUTS,
    readConfig: readNginxRouterConfig,
    // The registry hands back the config this kind's readConfig made.
    connect: (config) => connectNginx(config),
};
/** The ports over one proxy, reached through nginx-exec, or a test's shell. */
function connectNginx(config, shell = execShell(config.nginx.exec)) {
    const proxy = new NginxProxy(config.nginx, shell);
    return { traffic: new NginxTraffic(proxy, config), pool: new NginxPool(proxy, config), ledger: new NginxLedger(proxy) };
}

;// CONCATENATED MODULE: ./build/routers/registry.js
// Every router cutover drives, by the name the `router` input gives it. A new router is one line here.









const ROUTERS = new Map([
    [alb.kind, alb],
    [nginx.kind, nginx],
    [kubernetes.kind, kubernetes],
    [gatewayApi.kind, gatewayApi],
    [istio.kind, istio],
]);
/** The router block of every step's action.yml: the `router` input, then each router's inputs once. */
function routerInputs() {
    const router = {
        name: "router",
        description: `What moves the traffic: ${[...ROUTERS.keys()].join(", ")}. Each router reads the inputs named after it below.`,
        default: "alb",
    };
    const seen = new Map([[router.name, router]]);
    for (const kind of ROUTERS.values())
        for (const input of kind.inputs)
            if (!seen.has(input.name))
                seen.set(input.name, input);
    return [...seen.values()];
}
/** The names the `router` input takes. */
function routerKindNames() {
    return [...ROUTERS.keys()];
}
/** The router's ports; several routers that move as one get one set over all of theirs. */
function connectRouter(config) {
    if (!config.members)
        return routerKind(config.kind).connect(config);
    return composePorts(config.members.map((member) => ({ config: member, ports: routerKind(member.kind).connect(member) })));
}
/** For tests: a router kind that only they know. */
function registerRouter(kind) {
    ROUTERS.set(kind.kind, kind);
}
function routerKind(name) {
    const kind = ROUTERS.get(name);
    if (!kind)
        throw new Error(`No router named ${name}`);
    return kind;
}
/**
 * The `router` input and that router's own inputs, all checked before anything connects; with an
 * environment's `routers:` list, each entry's, joined into one router that moves them as one.
 */
function readRouterConfig() {
    const routers = (0,core_inputs/* currentFallback */.UN)()?.routers;
    if (!routers)
        return readOneRouter();
    const given = routerInputs().find((input) => runner/* getInput */.V4(input.name).trim());
    if (given) {
        const where = routers[0]?.where("router") ?? "";
        throw new errors/* ConfigurationError */.j1(`Input '${given.name}' is given, but ${where.slice(0, where.lastIndexOf(".routers["))} has several routers: give each one's ${given.name} in its entry of routers: instead. Example: routers: [{ router: alb, ${given.name}: ... }]`);
    }
    return composeConfig(routers.map((entry) => (0,core_inputs/* readingFrom */.L)(entry, readOneRouter)));
}
function readOneRouter() {
    const name = (0,core_inputs/* readString */.E3)("router", "alb");
    const kind = ROUTERS.get(name);
    if (!kind) {
        throw (0,core_inputs/* inputError */.Xu)("router", `names no router cutover drives: ${JSON.stringify(name)} (it drives ${[...ROUTERS.keys()].join(", ")})`, "alb");
    }
    return kind.readConfig();
}


/***/ }),

/***/ 37119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   SE: () => (/* binding */ waitForHealthy),
/* harmony export */   hD: () => (/* binding */ targetKey),
/* harmony export */   u7: () => (/* binding */ judgeHealth)
/* harmony export */ });
/* unused harmony export describeTarget */
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(72077);

const DRAINING = new Set(["draining", "unhealthy.draining"]);
/**
 * The gate before traffic moves: every serving target healthy, and at least `minHealthy` of them;
 * with several routers (`members`), at least `minHealthy` behind each, or one region would be left
 * with nothing to serve it.
 */
function judgeHealth(color, targets, minHealthy, members = 1) {
    const serving = targets.filter((t) => !DRAINING.has(t.state));
    const healthy = serving.filter((t) => t.state === "healthy").length;
    const verdict = { color, healthy, serving, targets };
    if (healthy < minHealthy) {
        return {
            ...verdict,
            ok: false,
            problem: `${color} has ${healthy} healthy target(s); at least ${minHealthy} required (min-healthy-targets).`,
        };
    }
    if (healthy < serving.length) {
        return {
            ...verdict,
            ok: false,
            problem: `${serving.length - healthy} of ${color}'s ${serving.length} target(s) are not healthy.`,
        };
    }
    const short = members > 1 ? shortMember(serving, minHealthy, members) : undefined;
    if (short) {
        return {
            ...verdict,
            ok: false,
            problem: `${color} has ${short.healthy} healthy target(s) behind router #${short.member + 1}; at least ${minHealthy} required behind each (min-healthy-targets).`,
        };
    }
    return { ...verdict, ok: true };
}
/** The first router (member) with fewer than `minHealthy` healthy targets. */
function shortMember(serving, minHealthy, members) {
    for (let member = 0; member < members; member++) {
        const healthy = serving.filter((t) => (t.member ?? 0) === member && t.state === "healthy").length;
        if (healthy < minHealthy)
            return { member, healthy };
    }
    return undefined;
}
/** `10.0.1.12:8080`, or the id alone when there is no port. */
function targetKey(t) {
    return t.port ? `${t.id}:${t.port}` : t.id;
}
function describeTarget(t) {
    const where = targetKey(t);
    const why = [t.reason, t.description].filter(Boolean).join(": ");
    return `${where} ${t.state}${why ? ` (${why})` : ""}`;
}
function describeTargets(targets) {
    return targets.length ? targets.map(describeTarget).join(", ") : "no targets registered";
}
/**
 * Waits until the color passes the health gate, with a progress line every few seconds; past the
 * timeout the verdict lists each target that is not healthy, with its state and reason code.
 */
async function waitForHealthy(describe, color, minHealthy, timeoutMs, pollMs = 1_000, members = 1) {
    const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const verdict = judgeHealth(color, await describe(), minHealthy, members);
        return { done: verdict.ok, value: verdict };
    }, {
        timeoutMs,
        pollMs,
        progress: (verdict, left) => `Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(verdict.serving.filter((t) => t.state !== "healthy"))}; ${left} left.`,
    });
    return { ...polled.value, ms: polled.ms };
}


/***/ }),

/***/ 62232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ Router),
/* harmony export */   Ms: () => (/* binding */ RouterChangedError),
/* harmony export */   PP: () => (/* reexport safe */ _state_js__WEBPACK_IMPORTED_MODULE_4__.PP),
/* harmony export */   oK: () => (/* reexport safe */ _state_js__WEBPACK_IMPORTED_MODULE_4__.oK),
/* harmony export */   t2: () => (/* binding */ RouteWriteError),
/* harmony export */   y: () => (/* reexport safe */ _state_js__WEBPACK_IMPORTED_MODULE_4__.y)
/* harmony export */ });
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(62807);
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(72077);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(28705);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(96591);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(18260);







/**
 * Some route writes failed, never showed, or were cancelled. `written` are the ones ELBv2 accepted;
 * `attempted` all that were sent: a write that failed or was cut off may still have landed.
 */
class RouteWriteError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB {
    name = "RouteWriteError";
    written;
    attempted;
    cancelled;
    constructor(message, written, attempted, cancelled = false) {
        super(message);
        this.written = written;
        this.attempted = attempted;
        this.cancelled = cancelled;
    }
}
/** Someone else wrote the routes while this run was moving them: stop, and do not fight them. */
class RouterChangedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB {
    name = "RouterChangedError";
}
/** Urgent writes run in parallel and all end within this: well inside the runner's 7.5 s cancel grace. */
const URGENT_MS = 5_000;
/** Reads and writes the weights of every configured route as one unit, whatever the router. */
class Router {
    #traffic;
    #config;
    constructor(traffic, config) {
        this.#traffic = traffic;
        this.#config = config;
    }
    async read(options = {}) {
        return (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .stateOf */ .L4)(await this.#traffic.read(options));
    }
    /** The changes that put production routes on `production` and test routes on `test`. */
    plan(state, production, test) {
        return state.routes
            .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
            .filter((change) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .sameWeights */ .ML)(change.before.weights, change.after));
    }
    /** When the router does not know `color` yet, the changes that make it health-check it. */
    planReference(state, color) {
        return this.#traffic.planReference(state.routes, color);
    }
    /** Refuses, before any write, what the router would refuse. */
    checkForwards(changes, options = {}) {
        return this.#traffic.checkChanges(changes, options);
    }
    /**
     * Writes every change in parallel, then reads back until the router shows them all. On any
     * failure it throws a RouteWriteError naming the routes it did write, so the caller can put them back.
     */
    async apply(changes, options = {}, signal) {
        if (changes.length === 0)
            return;
        await this.checkForwards(changes, options);
        const writes = changes.map((c) => this.#traffic.withWeights(c.before, c.after, options));
        for (const [i, change] of changes.entries()) {
            const before = (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatForward */ .ld)(change.before.weights, this.#traffic.named(change.before));
            const after = (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatForward */ .ld)(change.after, this.#traffic.named(writes[i]));
            _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${this.#traffic.writeVerb(change.ref)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(change.ref)}: ${before} → ${after}`);
        }
        const results = await Promise.allSettled(writes.map((w) => this.#traffic.write(w, { signal })));
        const failures = results.flatMap((r, i) => r.status === "rejected" ? [`${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(changes[i].ref)}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(r.reason)}`] : []);
        if (failures.length > 0) {
            const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
            const cancelled = Boolean(signal?.aborted);
            const what = cancelled ? "The run was cancelled while writing" : "Writing the new weights failed on";
            throw new RouteWriteError(`${what} ${failures.join("; ")}`, written, changes, cancelled);
        }
        const lagging = await this.#waitUntilShown(changes, writes, signal);
        if (lagging.length > 0) {
            const names = lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(c.ref)).join(", ");
            if (signal?.aborted) {
                throw new RouteWriteError(`The run was cancelled while reading back ${names}`, changes, changes, true);
            }
            const timeout = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(this.#config.verifyTimeoutMs);
            throw new RouteWriteError(`The router still did not show the new weights on ${names} after ${timeout} (verify-timeout)`, changes, changes);
        }
    }
    /**
     * Writes the given routes urgently, in parallel and bounded in time, then reads the router
     * back: a put-back, or the end of a rollback that must not be left halfway. Routes whose writes
     * were accepted (these, and `accepted` from before) count with their new weights, whatever a
     * stale read shows.
     */
    async writeUrgently(routes, verb, accepted = []) {
        const deadline = AbortSignal.timeout(URGENT_MS);
        const results = await Promise.allSettled(routes.map((r) => this.#traffic.write(r, { signal: deadline, urgent: true })));
        const read = await this.read({ urgent: true }).catch(() => undefined);
        // A router may be eventually consistent: a route whose write was accepted counts with its new weights.
        const written = new Map([
            ...accepted.map((c) => [c.ref.id, c.after]),
            ...routes.filter((_, i) => results[i]?.status === "fulfilled").map((r) => [r.ref.id, r.weights]),
        ]);
        const now = read && (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .stateOf */ .L4)(read.routes.map((r) => ({ ...r, weights: written.get(r.ref.id) ?? r.weights })));
        const done = [];
        const stuck = [];
        for (const [i, route] of routes.entries()) {
            const result = results[i];
            // A failed write to a route that shows those weights already (and had no write accepted) did no harm.
            const shown = now?.routes.find((r) => r.ref.id === route.ref.id);
            if (result?.status === "fulfilled" || (shown && (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .sameWeights */ .ML)(shown.weights, route.weights))) {
                done.push(route);
                _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${verb} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(route.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(route.weights)}`);
            }
            else {
                const error = deadline.aborted ? `no answer within ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(URGENT_MS)}` : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(result?.reason);
                stuck.push({ route, error });
                _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3(`Could not ${verb[0]?.toLowerCase()}${verb.slice(1)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(route.ref)}: ${error}`);
            }
        }
        const nowText = now
            ? `Routes now: ${(0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRoutes */ .oK)(now.routes)}.`
            : "The routes could not be read back; check them where the router is managed.";
        return { done, stuck, now, nowText };
    }
    /** Writes each route back as it was read, urgently, and says exactly where every route stands. */
    async putBack(baseline, what) {
        const result = await this.writeUrgently(baseline, "Put back");
        if (result.stuck.length === 0) {
            const verdict = `${what}. Every route was put back as it was before this run.`;
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${verdict} ${result.nowText}`, { outcome: "reverted", verdict });
        }
        const fix = result.stuck.map((s) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(s.route.ref)} to ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(s.route.weights)}`).join("; ");
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${what}. Putting the routes back failed too, so the router is split. ${result.nowText} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`);
    }
    /** A route as it should read once `weights` are written: for writeUrgently. */
    withWeights(route, weights, options = {}) {
        return this.#traffic.withWeights(route, weights, options);
    }
    /** The router may be eventually consistent: a write it accepted may not show in the next read. */
    async #waitUntilShown(changes, writes, signal) {
        // The colors each written route names: a write may change only which colors a route names.
        const named = new Map(changes.map((c, i) => [c.ref.id, this.#traffic.named(writes[i]).join()]));
        let lagging = changes;
        const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g)(async () => {
            const shown = new Map((await this.#traffic.read()).map((r) => [r.ref.id, r]));
            lagging = lagging.filter((c) => {
                const now = shown.get(c.ref.id);
                this.#refuseForeign(c, now.weights);
                return !(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .sameWeights */ .ML)(now.weights, c.after) || this.#traffic.named(now).join() !== named.get(c.ref.id);
            });
            return { done: lagging.length === 0, value: lagging };
        }, {
            timeoutMs: this.#config.verifyTimeoutMs,
            signal,
            progress: (seen, left) => `Waiting for the router to show the new weights on ${seen.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(c.ref)).join(", ")}; ${left} left.`,
        });
        if (polled.done)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Read back: all ${changes.length} route(s) show the new weights.`);
        return polled.value;
    }
    /** Eventual consistency shows the old weights or the new ones; anything else is another writer. */
    #refuseForeign(change, shown) {
        if ((0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .sameWeights */ .ML)(shown, change.after) || (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .sameWeights */ .ML)(shown, change.before.weights))
            return;
        throw new RouterChangedError(`The router changed under this run: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(change.ref)} shows ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(shown)}, neither ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(change.before.weights)} nor the ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(change.after)} just written. Another run or a person is moving it; this run stops without writing more.`);
    }
}


/***/ }),

/***/ 96591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ sameWeights),
/* harmony export */   Nl: () => (/* binding */ soleColor),
/* harmony export */   PT: () => (/* binding */ allOn),
/* harmony export */   V7: () => (/* binding */ formatWeights),
/* harmony export */   h: () => (/* binding */ shortRouteName),
/* harmony export */   ld: () => (/* binding */ formatForward),
/* harmony export */   xG: () => (/* binding */ routeName),
/* harmony export */   xY: () => (/* binding */ sameSplit)
/* harmony export */ });
/** A route as an operator recognises it in a log line. */
function routeName(ref) {
    return `${ref.role === "test" ? "test " : ""}${ref.name}`;
}
/** A route as a table cell shows it. */
function shortRouteName(ref) {
    return `${ref.role === "test" ? "test " : ""}${ref.short}`;
}
/** Weights as a route names them: `blue 100 / green 0`, or `blue 100 only` when green is not in it. */
function formatForward(weights, named) {
    return named.length === 1 ? `${named[0]} ${weights[named[0]]} only` : formatWeights(weights);
}
function formatWeights(weights) {
    return `blue ${weights.blue} / green ${weights.green}`;
}
function sameWeights(a, b) {
    return a.blue === b.blue && a.green === b.green;
}
/** Two routes agree when they split traffic in the same proportion, whatever their scale. */
function sameSplit(a, b) {
    return a.blue * b.green === a.green * b.blue;
}
/** The color holding all the weight, or undefined while both hold some. */
function soleColor(weights) {
    if (weights.blue > 0 && weights.green === 0)
        return "blue";
    if (weights.green > 0 && weights.blue === 0)
        return "green";
    return undefined;
}
function allOn(color) {
    return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}


/***/ }),

/***/ 60545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   f2: () => (/* binding */ readSnapshotWithHealth),
/* harmony export */   w8: () => (/* binding */ settledColors)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(13794);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(37119);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(62232);





/** The routes and both colors' ledgers, read in parallel: what every step starts from. */
async function readSnapshot(ports, config, options = {}) {
    const [state, tags] = await Promise.all([new _router_js__WEBPACK_IMPORTED_MODULE_3__/* .Router */ .Ix(ports.traffic, config).read(options), ports.ledger.read(options)]);
    const snapshot = { config, state, tags };
    (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .noteSnapshot */ .Ne)(snapshot, () => readSnapshotWithHealth(ports, config));
    return snapshot;
}
/** Routes, ledgers and both colors' health: what status shows, and a failed step's summary. */
async function readSnapshotWithHealth(ports, config) {
    const [state, tags, blue, green] = await Promise.all([
        new _router_js__WEBPACK_IMPORTED_MODULE_3__/* .Router */ .Ix(ports.traffic, config).read(),
        ports.ledger.read(),
        ..._core_color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.map((color) => ports.pool.health(color)),
    ]);
    const health = { blue: (0,_health_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeHealth */ .u7)("blue", blue ?? [], 1), green: (0,_health_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeHealth */ .u7)("green", green ?? [], 1) };
    return { config, state, tags, health };
}
/** The colors of a settled router; deploying next to a shift in progress is refused. */
function settledColors(snapshot, step) {
    const { state } = snapshot;
    if (!state.active) {
        const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${step} needs a settled router, but ${why} (${(0,_router_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRoutes */ .oK)((0,_router_js__WEBPACK_IMPORTED_MODULE_3__/* .productionRoutes */ .y)(state))}). Finish or roll back that switch first.`);
    }
    return { active: state.active, standby: (0,_core_color_js__WEBPACK_IMPORTED_MODULE_4__/* .otherColor */ .I)(state.active) };
}


/***/ }),

/***/ 18260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   PP: () => (/* binding */ testRouteProblem),
/* harmony export */   oK: () => (/* binding */ describeRoutes),
/* harmony export */   y: () => (/* binding */ productionRoutes)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66101);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96591);
// The router's state as read: each route's weights, and whether the production routes agree on
// one live color.


function productionRoutes(state) {
    return state.routes.filter((r) => r.ref.role === "production");
}
/**
 * A test route must send to the standby: one left on the live color (a switch or rollback ran
 * without it) would have smoke-test check production while calling it the standby.
 */
function testRouteProblem(state) {
    if (!state.active)
        return undefined;
    const standby = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_0__/* .otherColor */ .I)(state.active);
    const wrong = state.routes.filter((r) => r.ref.role === "test" && (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .soleColor */ .Nl)(r.weights) !== standby);
    if (wrong.length === 0)
        return undefined;
    const names = wrong.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .routeName */ .xG)(r.ref)} (${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWeights */ .V7)(r.weights)})`).join(", ");
    return `The test route ${names} does not send to the standby, ${standby}: it reaches the live color, ${state.active}. A switch or rollback ran without test-listener-arn (or test-rule-arns). Add them to every switch and rollback; to fix the test route now, run switch with to: ${state.active} and test-listener-arn set, which writes only the test route.`;
}
function describeRoutes(routes) {
    return routes.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .routeName */ .xG)(r.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
}
/** Whether the production routes agree, and on which color, from each route's weights. */
function stateOf(routes) {
    const production = routes.filter((r) => r.ref.role === "production");
    const first = production[0].weights;
    const agreed = production.every((r) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .sameSplit */ .xY)(r.weights, first));
    return { routes, production: agreed ? first : undefined, active: agreed ? (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .soleColor */ .Nl)(first) : undefined };
}


/***/ }),

/***/ 54544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   EZ: () => (/* binding */ tagValue),
/* harmony export */   GC: () => (/* binding */ stampColors),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28705);



const TAG = {
    color: "cutover:color",
    version: "cutover:version",
    deployedAt: "cutover:deployed-at",
    liveSince: "cutover:live-since",
    retiredAt: "cutover:retired-at",
    tornDownAt: "cutover:torn-down-at",
    run: "cutover:run",
    rollbackReason: "cutover:rollback-reason",
    /** Which run last wrote the routes, what and when: written with a flip's first write. */
    lastWrite: "cutover:last-write",
    /** Set by teardown before it deregisters; switch and rollback refuse a color that carries it. */
    teardownStarted: "cutover:teardown-started",
};
const MAX_VALUE = 256;
/** Words for the characters a reason often holds and a tag value may not. */
const SPELLED = { "%": " pct", ">": " over ", "<": " under ", "&": " and ", "#": " no. " };
/**
 * AWS tag values allow letters, digits, spaces and `_ . : / = + - @`. Anything else is spelled
 * out or becomes a space, so that `45.5% (5/11) > 1%` reads `45.5 pct 5/11 over 1 pct`, not `45.5_ _5/11_`.
 */
function tagValue(text) {
    return text
        .replace(/[%<>&#]/g, (c) => SPELLED[c] ?? " ")
        .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, MAX_VALUE);
}
/** The run that made a change, as `owner/repo/actions/runs/ID/attempts/N`, or `local` off Actions. */
function runTag(env = process.env) {
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!repo || !id)
        return "local";
    return tagValue(`${repo}/actions/runs/${id}/attempts/${attempt ?? "1"}`);
}
function versionOf(tags) {
    return tags?.[TAG.version] ?? "";
}
/**
 * Stamps the colors once traffic has moved: live-since on the new one, retired-at (and the reason,
 * for a rollback) on the old one. Traffic is already where it should be, so a tag that fails to
 * write is a warning: teardown skips a color it cannot date rather than guess.
 */
async function stampColors(ledger, tags, target, reason, 
/** When traffic moved: live-since and retired-at say that, not when the tags were written. */
now) {
    const run = runTag();
    const previous = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_2__/* .otherColor */ .I)(target);
    const why = reason ? { [TAG.rollbackReason]: tagValue(reason) } : {};
    const edits = [
        {
            color: target,
            add: { [TAG.liveSince]: now, [TAG.run]: run },
            remove: [TAG.retiredAt, TAG.tornDownAt, TAG.rollbackReason].filter((k) => k in tags[target]),
        },
        // The reason tells why the color was last taken out of service; an older one no longer does.
        {
            color: previous,
            add: { [TAG.retiredAt]: now, [TAG.run]: run, ...why },
            remove: reason ? [] : [TAG.rollbackReason].filter((k) => k in tags[previous]),
        },
    ];
    const result = { blue: { ...tags.blue }, green: { ...tags.green } };
    await Promise.all(edits.map(async ({ color, add, remove }) => {
        try {
            await ledger.write(color, add, remove);
        }
        catch (error) {
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Traffic moved, but tagging ${color} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
            return;
        }
        for (const [key, value] of Object.entries(add)) {
            if (result[color][key] !== value)
                _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
        }
        for (const key of remove)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key]} → (removed)`);
        for (const key of remove)
            delete result[color][key];
        Object.assign(result[color], add);
    }));
    return result;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/core/runner.js + 3 modules
var runner = __nccwpck_require__(28705);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __nccwpck_require__(15427);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __nccwpck_require__(97529);
// EXTERNAL MODULE: ./build/environment/settings.js
var environment_settings = __nccwpck_require__(55853);
;// CONCATENATED MODULE: ./build/environment/file.js
// The environment file (.github/cutover.yml): each environment's settings, read and checked as a
// whole before any step reads an input. A setting fills an input that was not given (left out or
// empty); an input given directly wins.








const DEFAULT_ENVIRONMENT_FILE = ".github/cutover.yml";
const MAX_BYTES = 256 * 1024;
class FileError extends errors/* ConfigurationError */.j1 {
    constructor(file, at, problem, example) {
        super(`${file}: ${at} ${problem}. Example: ${example}`);
    }
}
/** Checks every environment in the file; returns the named one's settings as input values. */
function parseEnvironmentFile(text, file, environment) {
    const all = parseAll(text, file);
    const settings = all.get(environment);
    if (!settings) {
        const known = [...all.keys()].join(", ") || "none";
        throw new FileError(file, environment, `is not an environment in the file (it has: ${known})`, `${environment}: { router: alb, ... }`);
    }
    return settings;
}
/** Every environment's settings; throws on the first problem, with its key path. */
function parseAll(text, file) {
    if (Buffer.byteLength(text) > MAX_BYTES) {
        throw new FileError(file, "the file", `is larger than ${MAX_BYTES / 1024} KiB`, "one entry per environment");
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { merge: true, uniqueKeys: true, prettyErrors: false, lineCounter: lines });
    const [error] = doc.errors;
    if (error) {
        const { line, col } = lines.linePos(error.pos[0]);
        const at = `line ${line}, column ${col}:`;
        throw new FileError(file, at, `is not valid YAML: ${error.message.split("\n")[0]}`, "production: { router: alb }");
    }
    const top = doc.contents;
    if (!(0,dist/* isMap */.jh)(top)) {
        throw new FileError(file, "the top level", "must map each environment's name to its settings", "production: { router: alb }");
    }
    const environments = doc.toJS({ maxAliasCount: 100 });
    const all = new Map();
    for (const [name, entry] of Object.entries(environments))
        all.set(name, checkEnvironment(file, name, entry));
    return all;
}
function checkEnvironment(file, name, entry) {
    if (!isPlainObject(entry)) {
        throw new FileError(file, name, `must be a mapping of settings, got ${describe(entry)}`, `${name}: { router: alb, ... }`);
    }
    const settings = new Map();
    for (const [key, value] of Object.entries(entry)) {
        const at = `${name}.${key}`;
        if (key === "routers") {
            settings.routers = checkRouters(file, at, value);
            continue;
        }
        const shape = environment_settings/* SETTINGS */.yy[key];
        if (!shape)
            throw unknownSetting(file, at, key);
        settings.set(key, checkValue(file, at, key, shape, value));
    }
    if (settings.routers) {
        const alongside = [...settings.keys()].find((key) => key in environment_settings/* ROUTER_SETTINGS */.U5);
        if (alongside) {
            throw new FileError(file, `${name}.${alongside}`, "is a router's setting, which goes in each entry of routers: when the environment has several", `routers: [{ router: alb, ${alongside}: ... }]`);
        }
        return settings;
    }
    if (!settings.has("router")) {
        throw new FileError(file, `${name}.router`, "is required: it names the router kind", "router: alb");
    }
    return settings;
}
/** Several routers that move as one: a list of entries, each one router's settings. */
function checkRouters(file, at, value) {
    const example = "routers: [{ router: alb, listener-arn: ... }, { router: alb, listener-arn: ... }]";
    if (!Array.isArray(value) || value.length < 2) {
        throw new FileError(file, at, `must be a list of two or more routers, got ${describe(value)}`, example);
    }
    return value.map((entry, i) => {
        const here = `${at}[${i}]`;
        if (!isPlainObject(entry))
            throw new FileError(file, here, `must be one router's settings, got ${describe(entry)}`, example);
        const router = new Map();
        for (const [key, setting] of Object.entries(entry)) {
            const shape = environment_settings/* ROUTER_SETTINGS */.U5[key];
            if (!shape) {
                const problem = key in environment_settings/* SETTINGS */.yy ? "is not a router's setting: give it beside routers:" : "is not a router's setting";
                throw new FileError(file, `${here}.${key}`, problem, `${here.split(".").pop()}: { router: alb, listener-arn: ... }`);
            }
            router.set(key, checkValue(file, `${here}.${key}`, key, shape, setting));
        }
        if (!router.has("router"))
            throw new FileError(file, `${here}.router`, "is required: it names the router kind", "router: alb");
        return router;
    });
}
function unknownSetting(file, at, key) {
    if (key === "headers" || key === "github-token") {
        const secret = ["$", "{{ secrets.NAME }}"].join("");
        return new FileError(file, at, "is a secret, which a committed file must not hold: give it as the step's input", `${key}: ${secret}`);
    }
    if (environment_settings/* PER_RUN_INPUTS */.cy.includes(key)) {
        return new FileError(file, at, "belongs to one run, not to the environment: give it as the step's input", `with: { ${key}: ... }`);
    }
    const near = Object.keys(environment_settings/* SETTINGS */.yy).find((known) => distance(known, key) <= 2);
    const hint = near ? ` (did you mean ${near}?)` : "";
    const example = near ?? "listener-arn";
    return new FileError(file, at, `is not a setting${hint}`, `${example}: ${exampleOf(environment_settings/* SETTINGS */.yy[example])}`);
}
/** The value as the step would have received it as an input; throws when its type is wrong. */
function checkValue(file, at, key, shape, value) {
    const wrong = (what) => new FileError(file, at, `must be ${what}, got ${describe(value)}`, `${key}: ${exampleOf(shape)}`);
    switch (shape.type) {
        case "string":
            if (typeof value !== "string" || (shape.pattern && !shape.pattern.test(value)))
                throw wrong(`a string like ${shape.example}`);
            return value;
        case "integer":
            if (!Number.isInteger(value))
                throw wrong("a whole number");
            return String(value);
        case "boolean":
            if (typeof value !== "boolean")
                throw wrong("true or false");
            return String(value);
        case "duration":
            if (typeof value !== "string" || !durations/* DURATION_PATTERN */.Cq.test(value))
                throw wrong("a duration such as 90s, 5m or 24h");
            return value;
        case "percent":
            if (typeof value === "number" && value >= 0 && value <= 1)
                return String(value);
            if (typeof value !== "string" || !environment_settings/* PERCENT_PATTERN */.FT.test(value))
                throw wrong("a percentage such as 1% or a fraction such as 0.01");
            return value;
        case "choice":
            if (typeof value !== "string" || !shape.choices.includes(value))
                throw wrong(`one of ${shape.choices.join(", ")}`);
            return value;
        case "list":
            return checkList(shape, value, wrong);
        case "checks":
            if (typeof value === "string")
                return value;
            if (!Array.isArray(value) || !value.every(isPlainObject))
                throw wrong("a list of checks, or the path of a checks file");
            return (0,dist/* stringify */.As)({ checks: value });
    }
}
/** A list: one string (comma- or newline-separated, as an input), or a YAML list of its items. */
function checkList(shape, value, wrong) {
    if (shape.item === "integer") {
        if (typeof value === "string")
            return value;
        if (!Array.isArray(value) || !value.every(Number.isInteger))
            throw wrong("a list of whole numbers");
        return value.join("\n");
    }
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((item) => typeof item === "string" && (!shape.pattern || shape.pattern.test(item)))) {
        throw wrong(shape.pattern ? `a list of strings like ${shape.example[0]}` : "a list of strings");
    }
    return items.join("\n");
}
function exampleOf(shape) {
    switch (shape.type) {
        case "choice":
            return shape.choices[0];
        case "list":
            return `[${shape.example.join(", ")}]`;
        case "checks":
            return "[{ name: home, path: /, status: 200 }]";
        default:
            return String(shape.example);
    }
}
function describe(value) {
    if (value === null || value === undefined)
        return "nothing";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    const shown = JSON.stringify(value);
    return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Edit distance, for a hint at a misspelt setting; stops counting past 3. */
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/**
 * Reads `environment` and `environment-file` (inputs only: they say where the rest comes from) and
 * lets the step's input readers fall back on that environment's settings. Without `environment`,
 * no file is read. Throws before anything else is read when the file is wrong.
 */
function useEnvironment(step) {
    (0,inputs/* useFallback */.qr)(undefined);
    const environment = runner/* getInput */.V4("environment").trim();
    const input = runner/* getInput */.V4("environment-file").trim();
    // Named: a file other than the default, which must then exist. The default may be absent.
    const named = input === DEFAULT_ENVIRONMENT_FILE ? "" : input;
    const file = named || DEFAULT_ENVIRONMENT_FILE;
    if (!environment) {
        if (named)
            throw new errors/* ConfigurationError */.j1(`Input 'environment-file' is set but 'environment' is not: name the environment to read from ${named}. Example: environment: production`);
        return undefined;
    }
    const text = readText(file, Boolean(named));
    // No file: every setting comes from the inputs, and an error for a missing one says where the file should be.
    const settings = text === undefined ? new Map() : parseEnvironmentFile(text, file, environment);
    const missing = text === undefined ? `; ${file} is not in the workspace: check out your repository before this step` : "";
    (0,inputs/* useFallback */.qr)(fallback(step, `${file}: ${environment}`, missing, settings));
    return text === undefined ? undefined : settings;
}
function readText(file, named) {
    const full = external_node_path_.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), file);
    if (!(0,external_node_fs_.existsSync)(full)) {
        if (named)
            throw new errors/* ConfigurationError */.j1(`Input 'environment-file' names ${file}, which does not exist: check out your repository before this step. Example: environment-file: .github/cutover.yml`);
        return undefined;
    }
    return (0,external_node_fs_.readFileSync)(full, "utf8");
}
/** `at`: the file and the environment, such as `.github/cutover.yml: production`. */
function fallback(step, at, note, settings) {
    const names = environment_settings/* SETTING_NAMES */.OI[step] ?? {};
    const setting = (input) => names[input] ?? input;
    return {
        setting,
        value: (input) => settings.get(setting(input)),
        where: (input) => `${at}.${setting(input)}${note}`,
        routers: settings.routers?.map((router, i) => ({
            setting: (input) => input,
            value: (input) => router.get(input),
            where: (input) => `${at}.routers[${i}].${input}`,
        })),
    };
}

// EXTERNAL MODULE: ./build/github/report.js
var report = __nccwpck_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js
var summary = __nccwpck_require__(13794);
// EXTERNAL MODULE: ./build/routers/registry.js + 40 modules
var registry = __nccwpck_require__(28539);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var routing_snapshot = __nccwpck_require__(60545);
;// CONCATENATED MODULE: ./build/step.js







function createPorts(router) {
    const options = { region: router.aws.region, maxAttempts: router.aws.maxAttempts };
    let metrics;
    let cdn;
    return {
        router: (0,registry/* connectRouter */.S6)(router),
        metrics: () => {
            metrics ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(85), __nccwpck_require__.e(424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93424)).then((m) => m.createMetricsPort(options));
            return metrics;
        },
        cdn: () => {
            cdn ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(169), __nccwpck_require__.e(678)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91678)).then((m) => m.createCdnPort(options));
            return cdn;
        },
    };
}
/** The step's inputs, where not given directly, from its environment in the environment file. */
function readStepInputs(step) {
    useEnvironment(step.name);
    return step.readInputs();
}
/** The one outer catch: a user's mistake or a foreseen failure is one clear line; anything else is a bug. */
async function runStep(step, ports = createPorts) {
    let started;
    try {
        const inputs = readStepInputs(step);
        started = { router: inputs.router, ports: ports(inputs.router) };
        await step.run(inputs, started.ports);
        await (0,summary/* finishSummary */.gw)(step.name);
    }
    catch (error) {
        const reported = error instanceof errors/* CutoverError */.DB && error.outputsSet;
        if (started && !reported)
            await outputsAfterFailure(started.ports, started.router);
        await (0,summary/* finishSummary */.gw)(step.name, error);
        if (error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* CutoverError */.DB) {
            runner/* setFailed */.C1(error.message);
        }
        else {
            runner/* setFailed */.C1(`${step.name}: unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in cutover; please report it with this log.`);
            if (error instanceof Error && error.stack)
                runner/* info */.pq(error.stack);
        }
    }
}
const OUTPUTS_READ_MS = 3_000;
/** A failed step still tells the next job which colors the routes show: read again, briefly. */
async function outputsAfterFailure(ports, router) {
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), OUTPUTS_READ_MS).unref());
    const snapshot = await Promise.race([(0,routing_snapshot/* readSnapshot */.RA)(ports.router, router, { urgent: true }).catch(() => undefined), timeout]);
    if (snapshot)
        (0,report/* setCommonOutputs */.Et)(snapshot);
}

;// CONCATENATED MODULE: ./build/main.js

/** Each step is its own chunk of the bundle, loaded only when that step runs. */
const STEPS = {
    status: () => __nccwpck_require__.e(/* import() */ 440).then(__nccwpck_require__.bind(__nccwpck_require__, 68440)),
    "deploy-standby": () => __nccwpck_require__.e(/* import() */ 55).then(__nccwpck_require__.bind(__nccwpck_require__, 50055)),
    "smoke-test": () => Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93830)),
    "warm-caches": () => __nccwpck_require__.e(/* import() */ 88).then(__nccwpck_require__.bind(__nccwpck_require__, 8088)),
    switch: () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(569)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30569)),
    "purge-cdn": () => __nccwpck_require__.e(/* import() */ 645).then(__nccwpck_require__.bind(__nccwpck_require__, 56645)),
    "soak-monitor": () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(126)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55126)),
    rollback: () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(746)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8746)),
    teardown: () => __nccwpck_require__.e(/* import() */ 662).then(__nccwpck_require__.bind(__nccwpck_require__, 42662)),
    cutover: () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(126), __nccwpck_require__.e(830), __nccwpck_require__.e(942)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83942)),
    environment: () => __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 91049)),
};
async function run(name) {
    const { step } = await STEPS[name]();
    await runStep(step);
}

var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__run as run };
