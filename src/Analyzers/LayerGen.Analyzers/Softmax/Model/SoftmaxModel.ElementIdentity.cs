using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether two element accesses name the same element, however the index is spelled: <c>map[k]</c> after
/// <c>var k = i * n + j</c> is <c>map[i * n + j]</c>. Indices are compared by value as the index model reads them — a
/// local with one definition is that definition (<see cref="DefinitionIndex"/>), sums and products in any order —
/// rather than by their text; an element read through a slice is the sliced buffer's at the slice's start plus the
/// index (SoftmaxModel.SlicedElements.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxIndexDefinitionDepth = 3;

    /// <summary>
    /// True when <paramref name="first"/> and <paramref name="second"/> are the same element of the same buffer (each
    /// index the same value, <see cref="IndexValueText"/>; a jagged row <c>m[i][j]</c> level by level), or
    /// <see cref="SameValueOrElement"/> holds.
    /// </summary>
    private bool SameElement(IOperation first, IOperation second)
    {
        first = Unwrap(first)!;
        second = Unwrap(second)!;
        if (ElementParts(first) is not var (firstBuffer, firstIndices) || ElementParts(second) is not var (secondBuffer, secondIndices))
        {
            return SameValueOrElement(first, second);
        }

        if (firstIndices.Count != secondIndices.Count)
        {
            return false;
        }

        if (firstIndices.Count == 1)
        {
            // row[j] of var row = map.AsSpan(i * n, n) is map[i * n + j] (SlicedElements.cs).
            (firstBuffer, var firstAddends) = Unsliced(firstBuffer, firstIndices[0]);
            (secondBuffer, var secondAddends) = Unsliced(secondBuffer, secondIndices[0]);
            if (Joined(firstAddends, BinaryOperatorKind.Add) != Joined(secondAddends, BinaryOperatorKind.Add))
            {
                return false;
            }
        }
        else if (!firstIndices.Zip(secondIndices, (a, b) => IndexValueText(a, 0) == IndexValueText(b, 0)).All(same => same))
        {
            return false;
        }

        return ElementParts(Unwrap(firstBuffer)!) is not null
            ? SameElement(firstBuffer, secondBuffer)
            : VariableOf(Unwrap(firstBuffer)) is { } buffer && SymbolEqualityComparer.Default.Equals(buffer, VariableOf(Unwrap(secondBuffer)));
    }

    /// <summary>
    /// The buffer and indices of an array element or indexer access, or of a read through a pointer pinned to an array
    /// (the array and the index, <see cref="OneIndexRead"/>); null for anything else.
    /// </summary>
    private (IOperation Buffer, IReadOnlyList<IOperation> Indices)? ElementParts(IOperation operation) => operation switch
    {
        IArrayElementReferenceOperation element => (element.ArrayReference, element.Indices),
        _ when DataRowCellParts(operation) is var (row, key) => (row, new[] { key }),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer => (instance, IndexerIndexValues(indexer)),
        _ when AccessorParts(operation) is ({ } receiver, var arguments) => (receiver, arguments),
        _ when OneIndexRead(operation) is var (array, index, _) => (array, new[] { index }),
        _ => null,
    };

    /// <summary>
    /// An index as comparable text: sums and products with their operands' texts in a canonical order (<c>j + i * n</c>
    /// is <c>n * i + j</c>), differences in order, a local with one definition replaced by that definition (a few
    /// levels deep), anything else its own text without white space.
    /// </summary>
    private string IndexValueText(IOperation index, int depth) => Joined(IndexAddends(index, depth), BinaryOperatorKind.Add);

    /// <summary>The texts of the terms <paramref name="index"/> adds up (one, for an index that is no sum).</summary>
    private List<string> IndexAddends(IOperation index, int depth)
    {
        index = Unwrap(index)!;
        switch (index)
        {
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndexDefinitionDepth && WritesOf(local) is { Count: 1 } writes
                && writes[0].Value is { } definition && !Contains(definition, index):
                return IndexAddends(definition, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum:
                var addends = IndexAddends(sum.LeftOperand, depth);
                addends.AddRange(IndexAddends(sum.RightOperand, depth));
                return addends;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return new List<string> { Joined(IndexFactors(product, depth), BinaryOperatorKind.Multiply) };
            case IBinaryOperation binary:
                return new List<string>
                {
                    new StringBuilder("(").Append(IndexValueText(binary.LeftOperand, depth)).Append(' ').Append(binary.OperatorKind)
                        .Append(' ').Append(IndexValueText(binary.RightOperand, depth)).Append(')').ToString(),
                };
            default:
                return new List<string> { Compact(index.Syntax.ToString()) };
        }
    }

    /// <summary>The texts of the factors of a product (nested products flattened).</summary>
    private List<string> IndexFactors(IOperation operand, int depth)
    {
        operand = Unwrap(operand)!;
        if (operand is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            var factors = IndexFactors(product.LeftOperand, depth);
            factors.AddRange(IndexFactors(product.RightOperand, depth));
            return factors;
        }

        return new List<string> { IndexValueText(operand, depth) };
    }

    /// <summary>One term's text as it is; several sorted and joined by <paramref name="kind"/> in parentheses.</summary>
    private static string Joined(List<string> terms, BinaryOperatorKind kind)
    {
        if (terms.Count == 1)
        {
            return terms[0];
        }

        var sorted = new List<string>(terms);
        sorted.Sort(System.StringComparer.Ordinal);
        return "(" + string.Join(" " + kind + " ", sorted) + ")";
    }
}
