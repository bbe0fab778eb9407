/*
 * cbv2g-bench: times libcbv2g (the EVerest C codecs) on EXI test vectors so that the .NET codecs can be compared
 * with it on the same machine in the same run. Written for this repository; only libcbv2g's public headers are used.
 *
 * Usage: cbv2g-bench FAMILY SECONDS FILE.exi...
 *
 * Per file: decode into a static document struct that is reused between calls (libcbv2g's decoders initialise what
 * they need themselves, so there is no memset per call), encode that struct into a reused buffer, and compare the
 * bytes with the input. Decode and encode are then timed with the thread's CPU clock in batches of about 1 ms; the
 * per-file result is the median of the batches' ns/call.
 */
#define _POSIX_C_SOURCE 199309L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cbv2g/app_handshake/appHand_Decoder.h"
#include "cbv2g/app_handshake/appHand_Encoder.h"
#include "cbv2g/common/exi_bitstream.h"
#include "cbv2g/din/din_msgDefDecoder.h"
#include "cbv2g/din/din_msgDefEncoder.h"
#include "cbv2g/iso_2/iso2_msgDefDecoder.h"
#include "cbv2g/iso_2/iso2_msgDefEncoder.h"
#include "cbv2g/iso_20/iso20_ACDP_Decoder.h"
#include "cbv2g/iso_20/iso20_ACDP_Encoder.h"
#include "cbv2g/iso_20/iso20_AC_Decoder.h"
#include "cbv2g/iso_20/iso20_AC_Encoder.h"
#include "cbv2g/iso_20/iso20_CommonMessages_Decoder.h"
#include "cbv2g/iso_20/iso20_CommonMessages_Encoder.h"
#include "cbv2g/iso_20/iso20_DC_Decoder.h"
#include "cbv2g/iso_20/iso20_DC_Encoder.h"
#include "cbv2g/iso_20/iso20_WPT_Decoder.h"
#include "cbv2g/iso_20/iso20_WPT_Encoder.h"

/* Large enough for every shared vector (the biggest is about 16 KB) with room for an encoder that writes more. */
#define OUTPUT_CAPACITY (1u << 20)
#define BATCH_TARGET_NS 1000000.0
#define WARMUP_NS 2000000.0
#define MIN_SAMPLES 5
#define MAX_SAMPLES 4096

/* One libcbv2g codec: loops that call its decoder / encoder n times, each on a freshly initialised bit stream. */
typedef struct codec {
    const char* name;
    int (*decode_loop)(uint8_t* input, size_t length, long count);
    int (*encode_loop)(uint8_t* output, size_t capacity, long count, size_t* written);
} codec_t;

/*
 * The loops call the library functions directly (no function pointer per call) so that the harness adds nothing but
 * exi_bitstream_init, which every libcbv2g user calls before each message too.
 */
#define DEFINE_CODEC(id, doc_type, decode_fn, encode_fn)                                                              \
    static doc_type id##_document;                                                                                     \
    static int id##_decode_loop(uint8_t* input, size_t length, long count)                                            \
    {                                                                                                                  \
        int status = 0;                                                                                                \
        for (long i = 0; i < count; i++) {                                                                             \
            exi_bitstream_t stream;                                                                                    \
            exi_bitstream_init(&stream, input, length, 0, NULL);                                                       \
            status |= decode_fn(&stream, &id##_document);                                                              \
        }                                                                                                              \
        return status;                                                                                                 \
    }                                                                                                                  \
    static int id##_encode_loop(uint8_t* output, size_t capacity, long count, size_t* written)                        \
    {                                                                                                                  \
        int status = 0;                                                                                                \
        exi_bitstream_t stream;                                                                                        \
        for (long i = 0; i < count; i++) {                                                                             \
            exi_bitstream_init(&stream, output, capacity, 0, NULL);                                                    \
            status |= encode_fn(&stream, &id##_document);                                                              \
        }                                                                                                              \
        *written = exi_bitstream_get_length(&stream);                                                                  \
        return status;                                                                                                 \
    }                                                                                                                  \
    static const codec_t id##_codec = { #decode_fn, id##_decode_loop, id##_encode_loop };

DEFINE_CODEC(app_hand, struct appHand_exiDocument, decode_appHand_exiDocument, encode_appHand_exiDocument)
DEFINE_CODEC(din, struct din_exiDocument, decode_din_exiDocument, encode_din_exiDocument)
DEFINE_CODEC(iso2, struct iso2_exiDocument, decode_iso2_exiDocument, encode_iso2_exiDocument)
DEFINE_CODEC(iso2_fragment, struct iso2_exiFragment, decode_iso2_exiFragment, encode_iso2_exiFragment)
DEFINE_CODEC(iso2_xmldsig, struct iso2_xmldsigFragment, decode_iso2_xmldsigFragment, encode_iso2_xmldsigFragment)
DEFINE_CODEC(iso20_common, struct iso20_exiDocument, decode_iso20_exiDocument, encode_iso20_exiDocument)
DEFINE_CODEC(iso20_common_fragment, struct iso20_exiFragment, decode_iso20_exiFragment, encode_iso20_exiFragment)
DEFINE_CODEC(iso20_xmldsig, struct iso20_xmldsigFragment, decode_iso20_xmldsigFragment, encode_iso20_xmldsigFragment)
DEFINE_CODEC(iso20_ac, struct iso20_ac_exiDocument, decode_iso20_ac_exiDocument, encode_iso20_ac_exiDocument)
DEFINE_CODEC(iso20_ac_fragment, struct iso20_ac_exiFragment, decode_iso20_ac_exiFragment, encode_iso20_ac_exiFragment)
DEFINE_CODEC(iso20_dc, struct iso20_dc_exiDocument, decode_iso20_dc_exiDocument, encode_iso20_dc_exiDocument)
DEFINE_CODEC(iso20_dc_fragment, struct iso20_dc_exiFragment, decode_iso20_dc_exiFragment, encode_iso20_dc_exiFragment)
DEFINE_CODEC(iso20_wpt, struct iso20_wpt_exiDocument, decode_iso20_wpt_exiDocument, encode_iso20_wpt_exiDocument)
DEFINE_CODEC(iso20_acdp, struct iso20_acdp_exiDocument, decode_iso20_acdp_exiDocument, encode_iso20_acdp_exiDocument)

/* A family's codec for files whose base name starts with prefix ("" matches every name). */
typedef struct prefix_rule {
    const char* prefix;
    const codec_t* codec;
} prefix_rule_t;

typedef struct family {
    const char* name;
    prefix_rule_t rules[4];
} family_t;

/*
 * Fragment vectors name the schema they belong to in a prefix; "xmldsig." fragments use the grammar of the XML-DSig
 * schema alone, which is what libcbv2g's *_xmldsigFragment codecs implement.
 */
static const family_t families[] = {
    { "app-protocol", { { "", &app_hand_codec } } },
    { "din", { { "", &din_codec } } },
    { "iso2", { { "", &iso2_codec } } },
    { "iso2-fragment", { { "xmldsig.", &iso2_xmldsig_codec }, { "", &iso2_fragment_codec } } },
    { "iso20-common", { { "", &iso20_common_codec } } },
    { "iso20-ac", { { "", &iso20_ac_codec } } },
    { "iso20-dc", { { "", &iso20_dc_codec } } },
    { "iso20-wpt", { { "", &iso20_wpt_codec } } },
    { "iso20-acdp", { { "", &iso20_acdp_codec } } },
    { "iso20-fragment",
      { { "CommonMessages.", &iso20_common_fragment_codec },
        { "AC.", &iso20_ac_fragment_codec },
        { "DC.", &iso20_dc_fragment_codec },
        { "xmldsig.", &iso20_xmldsig_codec } } },
};

typedef enum roundtrip { IDENTICAL, DIFFERS, DECODE_ERROR, UNSUPPORTED } roundtrip_t;

static const char* const roundtrip_names[] = { "identical", "differs", "decode-error", "unsupported" };

typedef struct vector {
    const char* path;
    uint8_t* bytes;
    size_t length;
    const codec_t* codec;
    roundtrip_t roundtrip;
    double decode_ns;
    double encode_ns;
} vector_t;

static uint8_t output_buffer[OUTPUT_CAPACITY];

static double thread_cpu_ns(void)
{
    struct timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return (double)now.tv_sec * 1e9 + (double)now.tv_nsec;
}

static const family_t* find_family(const char* name)
{
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++) {
        if (strcmp(families[i].name, name) == 0) {
            return &families[i];
        }
    }
    return NULL;
}

static const char* base_name(const char* path)
{
    const char* slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static const codec_t* codec_for(const family_t* family, const char* path)
{
    const char* name = base_name(path);
    for (size_t i = 0; i < sizeof family->rules / sizeof family->rules[0]; i++) {
        const prefix_rule_t* rule = &family->rules[i];
        if (rule->codec != NULL && strncmp(name, rule->prefix, strlen(rule->prefix)) == 0) {
            return rule->codec;
        }
    }
    return NULL;
}

static int read_file(const char* path, uint8_t** bytes, size_t* length)
{
    FILE* file = fopen(path, "rb");
    if (file == NULL) {
        return -1;
    }
    size_t capacity = 4096;
    size_t used = 0;
    uint8_t* data = malloc(capacity);
    size_t got;
    while (data != NULL && (got = fread(data + used, 1, capacity - used, file)) > 0) {
        used += got;
        if (used == capacity) {
            capacity *= 2;
            uint8_t* grown = realloc(data, capacity);
            if (grown == NULL) {
                free(data);
            }
            data = grown;
        }
    }
    fclose(file);
    if (data == NULL) {
        return -1;
    }
    *bytes = data;
    *length = used;
    return 0;
}

/*
 * Decodes, re-encodes and compares once; this also leaves the decoded struct in place for the encode timing.
 * Why a file is not identical goes to stderr (libcbv2g's error code, or where the bytes part), stdout keeps its format.
 */
static roundtrip_t check_roundtrip(const vector_t* vector)
{
    if (vector->codec == NULL) {
        fprintf(stderr, "%s: no libcbv2g codec for this name\n", vector->path);
        return UNSUPPORTED;
    }
    int status = vector->codec->decode_loop(vector->bytes, vector->length, 1);
    if (status != 0) {
        fprintf(stderr, "%s: %s error %d\n", vector->path, vector->codec->name, status);
        return DECODE_ERROR;
    }
    size_t written = 0;
    status = vector->codec->encode_loop(output_buffer, OUTPUT_CAPACITY, 1, &written);
    if (status != 0) {
        fprintf(stderr, "%s: encoder error %d after %s\n", vector->path, status, vector->codec->name);
        return DIFFERS;
    }
    size_t common = written < vector->length ? written : vector->length;
    size_t offset = 0;
    while (offset < common && output_buffer[offset] == vector->bytes[offset]) {
        offset++;
    }
    if (offset < common || written != vector->length) {
        fprintf(stderr, "%s: re-encoded %zu bytes for %zu, first difference at byte %zu\n", vector->path, written,
                vector->length, offset);
        return DIFFERS;
    }
    return IDENTICAL;
}

static int compare_doubles(const void* left, const void* right)
{
    double a = *(const double*)left;
    double b = *(const double*)right;
    return (a > b) - (a < b);
}

static double median(double* values, size_t count)
{
    qsort(values, count, sizeof values[0], compare_doubles);
    return count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2.0;
}

/* Runs decode (or encode) of one vector in batches of about 1 ms for budget_ns; returns the median ns per call. */
static double time_operation(const vector_t* vector, int encode, double budget_ns)
{
    static double samples[MAX_SAMPLES];
    size_t written;
    long batch = 1;
    double calls = 0.0;
    double start = thread_cpu_ns();
    double elapsed = 0.0;
    /* Warm-up, which also finds a batch size: double it until a batch takes a noticeable time. */
    while (elapsed < WARMUP_NS) {
        double batch_start = thread_cpu_ns();
        if (encode) {
            vector->codec->encode_loop(output_buffer, OUTPUT_CAPACITY, batch, &written);
        } else {
            vector->codec->decode_loop(vector->bytes, vector->length, batch);
        }
        double now = thread_cpu_ns();
        calls += (double)batch;
        elapsed = now - start;
        if (now - batch_start < BATCH_TARGET_NS / 4) {
            batch *= 2;
        }
    }
    double per_call = elapsed / calls;
    batch = (long)(BATCH_TARGET_NS / per_call);
    if (batch < 1) {
        batch = 1;
    }

    size_t count = 0;
    start = thread_cpu_ns();
    while (count < MAX_SAMPLES && (count < MIN_SAMPLES || thread_cpu_ns() - start < budget_ns)) {
        double batch_start = thread_cpu_ns();
        if (encode) {
            vector->codec->encode_loop(output_buffer, OUTPUT_CAPACITY, batch, &written);
        } else {
            vector->codec->decode_loop(vector->bytes, vector->length, batch);
        }
        samples[count++] = (thread_cpu_ns() - batch_start) / (double)batch;
    }
    return median(samples, count);
}

int main(int argc, char** argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: cbv2g-bench FAMILY SECONDS FILE.exi...\n");
        return 2;
    }
    const family_t* family = find_family(argv[1]);
    char* end = NULL;
    double seconds = strtod(argv[2], &end);
    if (family == NULL || end == argv[2] || *end != '\0' || seconds <= 0.0) {
        fprintf(stderr, "cbv2g-bench: unknown family '%s' or bad SECONDS '%s'\n", argv[1], argv[2]);
        return 2;
    }

    size_t count = (size_t)(argc - 3);
    vector_t* vectors = calloc(count, sizeof *vectors);
    if (vectors == NULL) {
        return 1;
    }
    size_t timed = 0;
    for (size_t i = 0; i < count; i++) {
        vector_t* vector = &vectors[i];
        vector->path = argv[i + 3];
        if (read_file(vector->path, &vector->bytes, &vector->length) != 0) {
            fprintf(stderr, "cbv2g-bench: cannot read %s\n", vector->path);
            return 1;
        }
        vector->codec = codec_for(family, vector->path);
        vector->roundtrip = check_roundtrip(vector);
        if (vector->roundtrip == IDENTICAL || vector->roundtrip == DIFFERS) {
            timed++;
        }
    }

    /* Half of a file's share of the budget goes to decode, half to encode (the warm-ups come on top). */
    double budget_ns = timed > 0 ? seconds * 1e9 / (double)timed / 2.0 : 0.0;
    double decode_sum = 0.0;
    double encode_sum = 0.0;
    size_t identical = 0;
    for (size_t i = 0; i < count; i++) {
        vector_t* vector = &vectors[i];
        if (vector->roundtrip == IDENTICAL || vector->roundtrip == DIFFERS) {
            vector->decode_ns = time_operation(vector, 0, budget_ns);
            /* Decode once more so that encode works on this vector's struct whatever the timing loop left. */
            vector->codec->decode_loop(vector->bytes, vector->length, 1);
            vector->encode_ns = time_operation(vector, 1, budget_ns);
        }
        if (vector->roundtrip == IDENTICAL) {
            decode_sum += vector->decode_ns;
            encode_sum += vector->encode_ns;
            identical++;
        }
        printf("%s decode %.1f ns encode %.1f ns roundtrip %s\n", vector->path, vector->decode_ns, vector->encode_ns,
               roundtrip_names[vector->roundtrip]);
        fflush(stdout);
    }
    printf("decode %.1f ns/msg encode %.1f ns/msg\n", identical ? decode_sum / (double)identical : 0.0,
           identical ? encode_sum / (double)identical : 0.0);
    return 0;
}
