#pragma once

#include "core/ingest/columnmapping.h"
#include "core/ingest/importdictionaries.h"
#include "core/ingest/importoptions.h"
#include "core/ingest/importreport.h"
#include "core/ingest/sessioniser.h"

namespace journeyscope {

class IdentityResolver;
class RecordSource;

/// The dictionaries one import shares across its files.
struct ImportDictionaries
{
    NameDictionary touchpoints;
    NameDictionary channels;
    NameDictionary devices;
    CustomerDirectory customers;
    PersonalDataDirectory personalData;
};

/**
 * Turns records into what the project stores: checks and types each value, replaces names
 * by dictionary ids and identifiers by pseudonyms, assigns sessions, records identities
 * (and the links between customers they reveal) and consent, and keeps the remaining
 * fields as a typed JSON object of attributes.
 *
 * Event tables give one event a record; activity tables one event a filled date column;
 * customer tables no events but the customer's attributes, identities and consent. A
 * record without an event that carries ids or contact data (a Segment identify call) only
 * records and links those identities.
 *
 * A record with a wrong value (bad time, empty customer id, ...) either stops the import
 * with an Error at the field's place, or is skipped and recorded, as the options say. A
 * skipped record leaves no trace: nothing of it reaches a dictionary or a session.
 */
class EventConverter
{
public:
    EventConverter(const ColumnMapping& mapping, ImportKind kind, const ImportOptions& options,
                   ImportDictionaries& dictionaries, IdentityResolver& identities,
                   Sessioniser& sessioniser, FileImportReport& report);

    /// Converts the source's current record into \a batch.
    void convert(const RecordSource& source, EventBatch& batch);

    /// Decisions and counts worth reporting once the file is done (blank numbers, ...).
    QStringList notes() const;

private:
    enum class Problem {
        FieldCount,
        EmptyCustomer,
        BadTime,
        EmptyEvent,
        BadValue,
        BadText,
        BadConsent,
        NoDate
    };

    struct Column
    {
        int index;
        ColumnRole role;
        FieldType type;
        std::string jsonKey; ///< the name as a JSON string followed by ':'
    };

    /// The id of \a name in \a dictionary, read from \a column; throws when the project
    /// cannot tell another name apart.
    qint32 nameId(NameDictionary& dictionary, std::string_view name,
                  std::vector<DictionaryRow>& added, const RecordSource& source, int column);
    /// Stops the import or records the skipped record, as the options say.
    void reject(const RecordSource& source, EventBatch& batch, Problem problem, int column,
                std::string_view found = {});
    /// Appends "key":value for an attribute to \a text, typed; false when \a value does not
    /// read as \a type (then it is kept as text).
    void appendAttribute(std::string& text, size_t objectBegin, std::string_view jsonKey,
                         std::string_view value, FieldType type);
    /// The customer with raw key \a key, made when new (and linked to whoever had the key
    /// as another id).
    CustomerEntry customerFor(std::string_view key, EventBatch& batch);

    const ColumnMapping& m_mapping;
    const ImportKind m_kind;
    const OnRowError m_onRowError;
    const bool m_decimalComma;
    ImportDictionaries& m_dictionaries;
    IdentityResolver& m_identities;
    Sessioniser& m_sessioniser;
    FileImportReport& m_report;
    const qsizetype m_columnCount;
    const int m_customer, m_time, m_event, m_channel, m_value, m_session, m_device, m_consent;
    std::vector<Column> m_personal;     ///< email, phone, name, IP address, identifier
    std::vector<Column> m_attributes;   ///< kept as they are
    std::vector<Column> m_dates;        ///< activity tables: each marks an event
    std::vector<qint32> m_dateEvents;   ///< touchpoint id of each of m_dates, once known
    std::vector<qint64> m_blankNumbers; ///< per column: blank values in numeric columns
    std::string m_key;                  ///< a customer table's key for a row without one
};

} // namespace journeyscope
