#include "searchd/search/facet_spy.hpp"

namespace rs::search {

namespace {
class XapianDocumentValues final : public DocumentValues {
public:
    explicit XapianDocumentValues(const Xapian::Document& doc) : doc_(doc) {}
    std::uint32_t id() const override { return doc_.get_docid(); }
    std::string value(unsigned slot) const override { return doc_.get_value(slot); }

private:
    const Xapian::Document& doc_;
};
}  // namespace

void TallySpy::operator()(const Xapian::Document& doc, double) {
    tally_.add(XapianDocumentValues(doc));
}

}  // namespace rs::search
