using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.BatchSoftmax.OperationHelpers;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// Recognises reads of batch elements: <c>x[i, j]</c>, <c>x[i][j]</c>, <c>row[j]</c> with <c>row = x[i]</c>,
/// <c>x[i * cols + j]</c> (also via <c>int offset = i * cols</c> or a row slice), <c>x[k]</c>, and
/// <c>foreach</c> variables over a whole buffer or a row.
/// </summary>
internal sealed class BufferAccessReader
{
    private const int MaxLocalHops = 3;
    private const int MaxValuesPerLocal = 4;
    private readonly MethodFacts _facts;

    public BufferAccessReader(MethodFacts facts) => _facts = facts;

    private SoftmaxSymbols Symbols => _facts.Symbols;

    /// <summary>The element <paramref name="operation"/> reads, following local copies; null if it is none.</summary>
    public BufferAccess? Read(IOperation? operation) => Read(operation, MaxLocalHops);

    /// <summary>Like <see cref="Read(IOperation?)"/>, but also looks inside a computed value such as <c>exp(x[i, j] - m)</c>.</summary>
    public BufferAccess? FindWithin(IOperation? operation) => FindWithin(operation, MaxLocalHops);

    /// <summary>
    /// The variable a reduction like <c>x.Cast&lt;float&gt;().Max()</c> or <c>TensorPrimitives.Max(x)</c> runs over
    /// when it sees the whole buffer; null for a row (<c>x[i].Max()</c>, a slice) or anything else.
    /// </summary>
    public ISymbol? WholeBufferSource(IOperation? source)
    {
        source = Unwrap(source);
        for (var hops = 0; hops < 8 && source is IInvocationOperation invocation; hops++)
        {
            if (!Symbols.IsEnumerableView(invocation.TargetMethod) && !Symbols.IsWholeAsSpan(invocation.TargetMethod))
            {
                return null;
            }

            source = Unwrap(invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null));
        }

        if (source is null || ReferencedSymbol(source) is not { } symbol || RowView(source) is not null)
        {
            return null;
        }

        var type = source.Type;
        return Symbols.IsRectangular(type) || Symbols.IsJagged(type) || Symbols.IsFlatBuffer(type) ? symbol : null;
    }

    private BufferAccess? FindWithin(IOperation? operation, int hops)
    {
        if (Read(operation, hops) is { } direct)
        {
            return direct;
        }

        if (hops > 0 && Unwrap(operation) is ILocalReferenceOperation local)
        {
            // `float e = exp(...)`, or `e = exp(...)` assigned later: look through the values the local receives.
            foreach (var value in ValuesOf(local.Local))
            {
                if (FindWithin(value, hops - 1) is { } throughLocal)
                {
                    return throughLocal;
                }
            }
        }

        if (operation is null)
        {
            return null;
        }

        foreach (var descendant in operation.Descendants())
        {
            if (descendant is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
                && Read(descendant, 0) is { } access)
            {
                return access;
            }
        }

        return null;
    }

    private IEnumerable<IOperation> ValuesOf(ILocalSymbol local)
    {
        if (_facts.InitializerOf(local) is { } initializer)
        {
            yield return initializer;
        }

        // A few assignments are enough to find the element a local carries; more would only cost time.
        var count = 0;
        foreach (var write in _facts.WritesOf(local))
        {
            if (write is ISimpleAssignmentOperation assignment && count++ < MaxValuesPerLocal)
            {
                yield return assignment.Value;
            }
        }
    }

    private BufferAccess? Read(IOperation? operation, int hops)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case IArrayElementReferenceOperation { Indices.Length: 2 } rectangular when Symbols.IsRectangular(rectangular.ArrayReference.Type):
                return ReferencedSymbol(rectangular.ArrayReference) is { } grid
                    ? new BufferAccess(rectangular, grid, BufferShape.Rectangular, LoopOf(IndexLocal(rectangular.Indices[0]), rectangular), false)
                    : null;

            case IArrayElementReferenceOperation { Indices.Length: 1 } element when Symbols.IsFloatingPoint(element.Type):
                return ReadOneIndex(element, element.ArrayReference, element.Indices[0]);

            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when indexer.Instance is not null && Symbols.IsFlatBuffer(indexer.Instance.Type):
                return ReadOneIndex(indexer, indexer.Instance, indexer.Arguments[0].Value);

            case ILocalReferenceOperation local when hops > 0:
                if (_facts.ForEachOf(local.Local) is { } loop)
                {
                    return ReadForEachElement(local, loop);
                }

                return _facts.InitializerOf(local.Local) is { } initializer ? Read(initializer, hops - 1) : null;

            default:
                return null;
        }
    }

    private BufferAccess? ReadOneIndex(IOperation element, IOperation container, IOperation index)
    {
        if (RowView(container) is { } row)
        {
            return new BufferAccess(element, row.Buffer, row.Shape, row.Loop, false);
        }

        if (ReferencedSymbol(container) is not { } buffer)
        {
            return null;
        }

        if (Unwrap(index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
            && (RowIndexOfOffset(sum.LeftOperand) ?? RowIndexOfOffset(sum.RightOperand)) is { } rowIndex)
        {
            return new BufferAccess(element, buffer, BufferShape.FlatRows, LoopOf(rowIndex.Local, rowIndex.From), false);
        }

        return new BufferAccess(element, buffer, BufferShape.Flat, null, IsWholeBufferLoop(IndexLocal(index), element, buffer));
    }

    private BufferAccess? ReadForEachElement(IOperation reference, IForEachLoopOperation loop)
    {
        var collection = Unwrap(loop.Collection);
        if (collection is null)
        {
            return null;
        }

        if (RowView(collection) is { } row)
        {
            return new BufferAccess(reference, row.Buffer, row.Shape, row.Loop, false);
        }

        if (ReferencedSymbol(collection) is not { } buffer)
        {
            return null;
        }

        if (Symbols.IsRectangular(collection.Type))
        {
            return new BufferAccess(reference, buffer, BufferShape.Rectangular, null, true);
        }

        return Symbols.IsFlatBuffer(collection.Type) ? new BufferAccess(reference, buffer, BufferShape.Flat, null, true) : null;
    }

    /// <summary>A row of a batch: <c>x[i]</c> on <c>T[][]</c>, <c>x.AsSpan(i * cols, cols)</c>, or a local holding one.</summary>
    private RowInfo? RowView(IOperation? container)
    {
        container = Unwrap(container);
        switch (container)
        {
            case IArrayElementReferenceOperation { Indices.Length: 1 } jaggedRow when Symbols.IsJagged(jaggedRow.ArrayReference.Type):
                return ReferencedSymbol(jaggedRow.ArrayReference) is { } jagged
                    ? new RowInfo(jagged, BufferShape.Jagged, LoopOf(IndexLocal(jaggedRow.Indices[0]), jaggedRow))
                    : null;

            case IInvocationOperation slice when Symbols.IsSlice(slice.TargetMethod):
                return SliceRow(slice);

            case ILocalReferenceOperation local:
                if (_facts.ForEachOf(local.Local) is { } loop
                    && Unwrap(loop.Collection) is { } rows
                    && Symbols.IsJagged(rows.Type)
                    && ReferencedSymbol(rows) is { } rowsBuffer)
                {
                    return new RowInfo(rowsBuffer, BufferShape.Jagged, loop);
                }

                var initializer = Unwrap(_facts.InitializerOf(local.Local));
                return initializer is IArrayElementReferenceOperation or IInvocationOperation ? RowView(initializer) : null;

            default:
                return null;
        }
    }

    private RowInfo? SliceRow(IInvocationOperation slice)
    {
        // x.AsSpan(start, length): arguments are (x, start, length); span.Slice(start, length): instance + (start, length).
        var isExtension = slice.Instance is null;
        var source = isExtension ? (slice.Arguments.Length > 0 ? slice.Arguments[0].Value : null) : slice.Instance;
        var startIndex = isExtension ? 1 : 0;
        if (slice.Arguments.Length < startIndex + 2 || ReferencedSymbol(source) is not { } buffer)
        {
            return null;
        }

        return RowIndexOfOffset(slice.Arguments[startIndex].Value) is { } rowIndex
            ? new RowInfo(buffer, BufferShape.FlatRows, LoopOf(rowIndex.Local, rowIndex.From))
            : null;
    }

    /// <summary>The row variable of a row offset: <c>i * cols</c>, <c>cols * i</c>, or a local initialised to one.</summary>
    private (ILocalSymbol Local, IOperation From)? RowIndexOfOffset(IOperation? offset, int hops = 1)
    {
        offset = Unwrap(offset);
        if (offset is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            var left = IndexLocal(product.LeftOperand);
            var right = IndexLocal(product.RightOperand);
            if (left is not null && (right is null || LoopOf(left, product) is not null))
            {
                return (left, product);
            }

            return right is not null ? (right, product) : null;
        }

        if (hops > 0 && offset is ILocalReferenceOperation local && _facts.InitializerOf(local.Local) is { } initializer)
        {
            return RowIndexOfOffset(initializer, hops - 1);
        }

        return null;
    }

    /// <summary><c>for (k = 0; k &lt; x.Length; k++)</c> (or a bound that is a product such as <c>rows * cols</c>).</summary>
    private static bool IsWholeBufferLoop(ILocalSymbol? index, IOperation element, ISymbol buffer) =>
        LoopOf(index, element) is IForLoopOperation { Condition: { } condition }
        && Any(condition, operation => IsLengthOf(operation, buffer) || IsProduct(operation));

    private static bool IsLengthOf(IOperation operation, ISymbol buffer) =>
        operation is IPropertyReferenceOperation { Property.Name: "Length" } length && References(length.Instance, buffer);

    private static bool IsProduct(IOperation operation) =>
        operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply };

    private sealed class RowInfo
    {
        public RowInfo(ISymbol buffer, BufferShape shape, IOperation? loop)
        {
            Buffer = buffer;
            Shape = shape;
            Loop = loop;
        }

        public ISymbol Buffer { get; }

        public BufferShape Shape { get; }

        public IOperation? Loop { get; }
    }
}
