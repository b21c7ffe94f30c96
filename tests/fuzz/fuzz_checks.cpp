// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: saved checks and extractions against an untrusted response. Input: a JSON value
// (the "assertions" or "extract" list, or a bare JSON path string), a NUL byte, then the body.
#include "net/exchange.h"
#include "run/checker.h"
#include "run/jsonpath.h"
#include "store/requestcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tether;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray spec = split < 0 ? input : input.left(split);
    const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 1);

    net::Exchange exchange;
    exchange.status = 200;
    exchange.responseHeaders = {{"Content-Type", "application/json"}, {"X-Spec", spec.left(64)}};
    exchange.body = std::make_shared<net::ResponseBody>(1 << 20);
    exchange.body->append(body);

    const QJsonDocument document = QJsonDocument::fromJson("[" + spec + "]");
    const QJsonValue value = document.array().at(0);
    if (value.isString()) {
        const QJsonDocument parsed = QJsonDocument::fromJson(body);
        const QJsonValue root
                = parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object());
        if (auto found = run::JsonPath::evaluate(root, value.toString()))
            (void)run::JsonPath::toText(*found);
    }
    run::Checker checker(exchange);
    for (const core::Check &check : store::RequestCodec::decodeChecks(value.toArray())) {
        (void)run::Checker::describe(check);
        (void)checker.evaluate(check);
        // What was read writes back as it was.
        if (store::RequestCodec::decodeChecks(store::RequestCodec::encodeChecks({check})).value(0)
            != check)
            __builtin_trap();
    }
    for (const core::Extraction &extraction :
         store::RequestCodec::decodeExtractions(value.toArray()))
        (void)checker.extract(extraction);
    return 0;
}
