using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rows grouped by LINQ from a flat buffer: <c>x.Select((v, i) =&gt; (Row: i / cols, Value: v)).GroupBy(t =&gt; t.Row)</c>
/// (a tuple or an anonymous type carrying the element's flat index divided by a loop-free row length). Each group is
/// one row, a slice of <c>x</c> at stride <c>cols</c>: <c>groups.Select(g =&gt; g.Max(t =&gt; t.Value)).ToArray()</c> holds
/// one maximum per row, exactly like a per-row array filled by loops.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The sequence of rows a <c>GroupBy</c> by the flat row index makes; null for any other grouping.</summary>
    private BufferView? GroupedRowsView(IInvocationOperation groupBy)
    {
        if (groupBy.Arguments.Length != 2 || LambdaArgument(groupBy) is not { Symbol.Parameters.Length: 1 } key
            || Unwrap(groupBy.Arguments[0].Value) is not IInvocationOperation select || !Symbols.IsEnumerable(select.TargetMethod, "Select")
            || LambdaArgument(select) is not { Symbol.Parameters.Length: 2 } pairing || EvalView(select.Arguments[0].Value) is not { Layout: BufferLayout.Flat, FlatOffset: null, Root: { } root }
            || key.Body.Operations is not [IReturnOperation { ReturnedValue: { } keyValue }]
            || pairing.Body.Operations is not [IReturnOperation { ReturnedValue: { } paired }]
            || RowLength(PairedMember(Unwrap(keyValue), key.Symbol.Parameters[0], Unwrap(paired)), pairing.Symbol.Parameters[1]) is not { } rowLength)
        {
            return null;
        }

        // One group = one row: x's elements from row·cols, the group standing for the row loop.
        var rowAtom = DimensionAtom.Stride(root, rowLength.Text);
        Classes.Add(rowAtom);
        Classes.Add(DimensionAtom.Stride(root, Stride.One.Text));
        var fixedDims = ValueFacts.DimsOf(key, new[] { rowAtom });
        var row = new BufferView(root, BufferLayout.Flat, 1, 0, LinearIndex.Loop(key, rowLength), fixedDims, flattened: false);
        return new BufferView(root, BufferLayout.Sequence, 1, 0, null, StableKeys.Map<ImmutableHashSet<DimensionAtom>>(), flattened: false, null, key, null, row);
    }

    /// <summary>
    /// The value a key selector's <c>t.Row</c> reads: <see cref="MemberValue"/>, or the anonymous member's initializer
    /// itself when <see cref="Unwrap"/> already followed <c>t.Row</c> into the pairing lambda (TransparentMembers.cs).
    /// </summary>
    private static IOperation? PairedMember(IOperation? key, IParameterSymbol element, IOperation? paired)
    {
        for (var current = key; current is not null; current = current.Parent)
        {
            if (current == paired)
            {
                return key;
            }
        }

        return MemberValue(key, element, paired);
    }

    /// <summary>
    /// The value a key selector's <c>t.Row</c> reads: the matching element of the tuple literal (or anonymous object)
    /// the pairing lambda returns; null when the key is anything else.
    /// </summary>
    private static IOperation? MemberValue(IOperation? key, IParameterSymbol element, IOperation? paired)
    {
        switch (key, paired)
        {
            case (IFieldReferenceOperation { Instance: IParameterReferenceOperation { Parameter: var parameter }, Field: var field }, ITupleOperation tuple)
                when SymbolEqualityComparer.Default.Equals(parameter, element) && field.ContainingType is INamedTypeSymbol { IsTupleType: true }
                && (field.CorrespondingTupleField ?? field).Name is { Length: > 4 } item && item.StartsWith("Item", System.StringComparison.Ordinal)
                && int.TryParse(item.Substring(4), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var position)
                && position >= 1 && position <= tuple.Elements.Length:
                // t.Row is the tuple's ItemN: the N-th element of the literal.
                return Unwrap(tuple.Elements[position - 1]);
            case (IPropertyReferenceOperation { Instance: IParameterReferenceOperation { Parameter: var parameter }, Property: var property }, IAnonymousObjectCreationOperation anonymous)
                when SymbolEqualityComparer.Default.Equals(parameter, element):
                return anonymous.Initializers.OfType<ISimpleAssignmentOperation>()
                    .FirstOrDefault(initializer => initializer.Target is IPropertyReferenceOperation { Property.Name: var name } && name == property.Name)?.Value is { } value
                    ? Unwrap(value)
                    : null;
            default:
                return null;
        }
    }

    /// <summary><c>i / cols</c> with <c>i</c> the pairing lambda's index parameter and <c>cols</c> loop-free: <c>cols</c> as a stride.</summary>
    private Stride? RowLength(IOperation? rowIndex, IParameterSymbol index) =>
        rowIndex is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient
        && Unwrap(quotient.LeftOperand) is IParameterReferenceOperation { Parameter: var read } && SymbolEqualityComparer.Default.Equals(read, index)
        && Linear(quotient.RightOperand) is { IsLoopFree: true, Constant: { } length } && !length.Equals(Stride.Unknown) && !length.Equals(Stride.One)
            ? length
            : null;
}
