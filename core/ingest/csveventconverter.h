#pragma once

#include "core/ingest/columnmapping.h"
#include "core/ingest/importdictionaries.h"
#include "core/ingest/importoptions.h"
#include "core/ingest/importreport.h"
#include "core/ingest/sessioniser.h"

namespace journeyscope {

class CsvReader;

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
 * Turns CSV records into events: checks and types each value, replaces names by
 * dictionary ids and identifiers by pseudonyms, assigns sessions and collects the
 * remaining columns as a JSON object of attributes.
 *
 * A row with a wrong value (bad time, empty customer id, ...) either stops the import with
 * an Error at the field's line and column, or is skipped and recorded, as the options say.
 * A skipped row leaves no trace: nothing of it reaches a dictionary or a session.
 */
class CsvEventConverter
{
public:
    CsvEventConverter(const ColumnMapping& mapping, const ImportOptions& options,
                      ImportDictionaries& dictionaries, Sessioniser& sessioniser,
                      FileImportReport& report);

    /// Converts the reader's current record into \a batch.
    void convert(const CsvReader& reader, EventBatch& batch);

private:
    enum class Problem { FieldCount, EmptyCustomer, BadTime, EmptyEvent, BadValue, BadText };

    struct PersonalColumn
    {
        int column;
        ColumnRole role;
        std::string jsonKey; ///< for IP addresses, kept with the event
    };
    struct AttributeColumn
    {
        int column;
        std::string jsonKey; ///< the header as a JSON string followed by ':'
    };

    /// Stops the import or records the skipped row, as the options say.
    void reject(const CsvReader& reader, EventBatch& batch, Problem problem, int column,
                std::string_view found = {});

    const ColumnMapping& m_mapping;
    const OnRowError m_onRowError;
    const bool m_decimalComma;
    ImportDictionaries& m_dictionaries;
    Sessioniser& m_sessioniser;
    FileImportReport& m_report;
    const qsizetype m_columns;
    const int m_customer, m_time, m_event, m_channel, m_value, m_session, m_device;
    std::vector<PersonalColumn> m_personal;
    std::vector<AttributeColumn> m_attributes;
};

} // namespace journeyscope
