#pragma once
// The rule both facet tallies apply to a candidate document, given which selections it
// fails: none → a hit, counted in every facet; exactly one (facet F) → counted in F only
// (what F's count would be without its own selection); more → not counted.

#include <cstddef>
#include <limits>

namespace rs::search {

/// Which selections a document fails, reduced to what counting needs.
class SelectionCheck {
public:
    static constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

    /// Records that the document fails selection `index` (each selection is checked once).
    void fail(std::size_t index) { failed_ = failed_ == none ? index : many; }
    /// True while the document can still count somewhere.
    bool counts_somewhere() const { return failed_ != many; }
    /// Passes every selection.
    bool hit() const { return failed_ == none; }
    /// Should facet `selection` (its index among the selections, or none for an unselected facet) count it?
    bool counts_in(std::size_t selection) const { return failed_ == none || (selection != none && failed_ == selection); }

private:
    static constexpr std::size_t many = none - 1;
    std::size_t failed_ = none;
};

}  // namespace rs::search
