using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Buffers, rows, slices, LINQ sequences and the dimensions an element access selects.</summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IOperation, BufferView?> _viewCache = new();
    private readonly CycleGuard<IOperation> _viewsInProgress = new();

    /// <summary>The buffer, row, slice or sequence <paramref name="operation"/> denotes; null for a scalar.</summary>
    private BufferView? EvalView(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (operation is null)
        {
            return null;
        }

        if (_viewCache.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        // The scope begins before the guard: a cut of this view's own evaluation is self-contained, a cut of a view
        // entered earlier (a slice of a slice evaluated while the outer slice asks StridesSeen) is not memoised.
        var scope = _cycles.Begin();
        if (!_viewsInProgress.TryEnter(operation, _cycles))
        {
            _cycles.End(scope);
            return null;
        }

        try
        {
            Evaluations++;
            var view = WholeRectangularElement(operation, ComputeView(operation));
            if (_cycles.End(scope))
            {
                _viewCache[operation] = view;
            }

            return view;
        }
        finally
        {
            _viewsInProgress.Exit(operation);
        }
    }

    private BufferView? ComputeView(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation or IInvocationOperation when DataTableSource(operation) is { } tableSource:
                // table.Rows, table.Select(), table.AsEnumerable(), row.ItemArray: the table's rows, the row's cells (DataRowCells.cs).
                return EvalView(tableSource);
            case ILocalReferenceOperation local:
                return LocalView(local.Local, operation);
            case IParameterReferenceOperation parameter:
                return ParameterView(parameter.Parameter, operation);
            case IPropertyReferenceOperation { Property.Name: "Values", Instance: { } dictionary }
                when WellKnownSymbols.IsNumericDictionary(dictionary.Type) || WellKnownSymbols.IsRowDictionary(dictionary.Type)
                    || WellKnownSymbols.IsDictionaryOfNumericDictionaries(dictionary.Type):
                // scores.Values: the dictionary's elements (or rows, also rows that are dictionaries).
                return EvalView(dictionary);
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { Type: INamedTypeSymbol { Name: "KeyValuePair" } } pair }:
                // kv.Value of a walk over a dictionary of rows: the walk's row.
                return EvalView(pair);
            case IPropertyReferenceOperation { Property.Name: "Span", Instance: { Type: INamedTypeSymbol { Name: "Memory" or "ReadOnlyMemory" } } memory }:
                // new Memory<float>(buffer, r * cols, cols).Span, row.Span: the memory's view.
                return EvalView(memory);
            case IPropertyReferenceOperation { Instance: { } tensor } buffer when IsTensorBuffer(buffer):
                // output.Buffer of a tensor read through output[0, c, y, x]: its elements, flattened (TensorCopies.cs).
                return EvalView(tensor) is { } stored ? (stored.Layout == BufferLayout.Rectangular ? stored.Flatten() : stored) : null;
            case IPropertyReferenceOperation { Property.Name: "Value" } when NodeWalk(operation) is { } nodeWalk:
                // node.Value of a LinkedList walked by its nodes: the row a foreach over the list binds (NodeWalks.cs).
                return EvalView(nodeWalk.List) is { ElementIsRow: true } walkedRows ? walkedRows.WithRow(nodeWalk.Loop, walkedRows.IteratedAtoms(all: false)) : null;
            case IPropertyReferenceOperation when MemberReturnedView(operation) is { } memberView:
                // batch.Rows[r] / this[r] / a property returning Data.AsSpan(…) of the owner's storage (MemberViews.cs).
                return memberView;
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } when RecordRowView(operation) is { } recordRow:
                return recordRow;
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } when ReceiverStorageView(operation) is { } ownStorage:
                // z.Data where p.Data is read too: z's own buffer (ReceiverStorage.cs).
                return ownStorage;
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                return RootView(VariableOf(operation)!, operation.Type);
            case IArrayElementReferenceOperation { Indices: [var arrayIndex], ArrayReference: var rangedArray } when arrayIndex is IRangeOperation
                || IsSystemType(arrayIndex.Type, "Range") && ResolvedRange(arrayIndex) is not null:
                // x[rowRange] with Range rowRange = s..e: x[s..e] (RangeLocals.cs).
                var arrayRange = ResolvedRange(arrayIndex)!;
                // x[..end] of an array: a prefix copy.
                return EvalView(rangedArray) is { } rangedWhole ? PrefixRange(rangedWhole, arrayRange) : null;
            case IArrayElementReferenceOperation { Indices.Length: 1 } wrapping when WrappedRowView(wrapping) is { } wrapped:
                // peak[0] of peak = new[] { top }: top (WrappedRows.cs).
                return wrapped;
            case IArrayElementReferenceOperation { Indices.Length: 1 } element when element.Type is IArrayTypeSymbol || WellKnownSymbols.IsRow(element.Type) || IsIndexList(element.Type):
                // x[i] of a jagged array, rows[r] of a ReadOnlyMemory<double>[], nb[i] of a List<int>[] (an index list, like int[][]): a row.
                // logits[i] of rows built by LINQ (x.Select(r => r.Select(…).ToArray()).ToArray()): SequenceRows.cs.
                return EvalView(element.ArrayReference) is { } arrayRows
                    ? arrayRows.Layout == BufferLayout.Jagged
                        ? WithIndexDims(arrayRows.WithRow(null, ImmutableHashSet<DimensionAtom>.Empty), arrayRows, element.Indices[0])
                        : IndexedSequenceRow(arrayRows, element.Indices[0])
                    : null;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } owner } slot
                when WellKnownSymbols.IsBuffer(slot.Type) || WellKnownSymbols.IsRecordBuffer(slot.Type) || WellKnownSymbols.IsQuantisedBuffer(slot.Type) || IsIndexList(slot.Type)
                    || IsDataType(slot.Type, "DataRow"):
                // rows[i] of a List<float[]>, result[user] of a Dictionary<string, double[]>, batches[m] of an
                // IReadOnlyList<Transition[]>, neighbours[q] of an IReadOnlyList<(float Distance, int Token)[]>,
                // nb[i] of a List<int[]> (an index list, LambdaIndexWalks.cs): a row, like x[i] of a jagged array.
                return EvalView(owner) is { } rows
                    ? rows.Layout == BufferLayout.Jagged
                        ? WithIndexDims(rows.WithRow(null, ImmutableHashSet<DimensionAtom>.Empty), rows, slot.Arguments[0].Value)
                        : IndexedSequenceRow(rows, slot.Arguments[0].Value)
                    : null;
            case ICollectionExpressionOperation or IInvocationOperation when PairedSliceView(operation) is { } paired:
                // [.. a, .. b], a.Concat(b) of rows r and r + 1: the first row, spanning the rows too (PairedSlices.cs).
                return paired;
            case IInvocationOperation invocation:
                return InvocationView(invocation);
            case IObjectCreationOperation creation when creation.Type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "ArraySegment" or "Memory" or "ReadOnlyMemory" }
                && creation.Arguments.Length is 1 or 3 && creation.Arguments[0].Value.Type is IArrayTypeSymbol:
                // new ArraySegment<float>(buffer, r * cols, cols) is a row slice like buffer.AsSpan(r * cols, cols);
                // new ArraySegment<float>(buffer) the whole array.
                return EvalView(creation.Arguments[0].Value) is not { } array ? null
                    : creation.Arguments.Length == 1 ? array
                    : array.Slice(Linear(creation.Arguments[1].Value), OffsetDims(array, creation.Arguments[1].Value))
                        .Spanning(array is { Root: { } segmented, Layout: BufferLayout.Flat } ? TileSliceAtoms(segmented, creation.Arguments[2].Value) : ImmutableHashSet<DimensionAtom>.Empty);
            case IObjectCreationOperation creation when creation.Type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" }
                && creation.Arguments.Length == 2 && Unwrap(creation.Arguments[0].Value) is { Type: IPointerTypeSymbol } pointer:
                // new Span<float>(p, n): the memory p points at, from p (a pointer's view: PointerView).
                return EvalView(pointer);
            case IImplicitIndexerReferenceOperation { Argument: var rangeArgument, Instance: { } sliced } when rangeArgument is IRangeOperation
                || IsSystemType(rangeArgument.Type, "Range") && ResolvedRange(rangeArgument) is not null:
                // x[..end], x[0..end]: a prefix slice; x[rowRange] of a Range local, its definition (RangeLocals.cs).
                return EvalView(sliced) is { } whole ? PrefixRange(whole, ResolvedRange(rangeArgument)!) : null;
            default:
                return PointerView(operation);
        }
    }

    /// <summary>The slice of <paramref name="source"/> from <paramref name="start"/> (of <paramref name="length"/> elements, when given).</summary>
    private BufferView SliceView(BufferView source, IOperation start, IOperation? length)
    {
        if (length is null && OpenEndedSlice(source, start) is { } rest)
        {
            // x.Slice(start), x.AsSpan(start) from a row's start: this row and every later one (OpenEndedSlices.cs).
            return rest;
        }

        if (source is { Layout: BufferLayout.Jagged, ElementIsRow: true, Root: { } rows })
        {
            // nli.AsSpan(s * labels, labels): a span of rows whose row l is row s * labels + l (WithIndexDims adds the
            // offset); the loops that pick the start pick rows, like s in nli[s * labels + l].
            var dims = source.FixedDims;
            foreach (var (loop, atom) in PositionAtoms(Linear(start), DimensionAtom.Depth(rows, source.Consumed)))
            {
                dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { atom }));
            }

            var offset = source.FlatOffset is null ? Linear(start) : source.FlatOffset.Add(Linear(start));
            return new BufferView(rows, BufferLayout.Jagged, source.Rank, source.Consumed, offset, dims, flattened: false);
        }

        if (IsWholeBufferSlice(source, start, length))
        {
            // all = x.AsSpan(0, rows * n): the whole buffer (WholeSpanViews.cs).
            return source;
        }

        var slice = source.Slice(Linear(start), OffsetDims(source, start));
        if (source.Root is { } tiled && source.Layout == BufferLayout.Flat)
        {
            // x.AsSpan(t * n, count * n): a tile of several rows spans the row stride too (RowTiles.cs).
            slice = slice.Spanning(TileSliceAtoms(tiled, length));
        }

        return length is not null && source.Root is { } sliced && Linear(start).IsLoopFree
            ? slice.Spanning(PrefixSliceAtoms(sliced, length))
            : slice;
    }

    private BufferView WithIndexDims(BufferView row, BufferView parent, IOperation index)
    {
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        if (parent.Root is { } root)
        {
            // A row of a span of rows (SliceView) is the row at the span's offset plus the index.
            var position = parent.FlatOffset is { } offset ? offset.Add(Linear(index)) : Linear(index);
            foreach (var (loop, atom) in PositionAtoms(position, DimensionAtom.Depth(root, parent.Consumed)))
            {
                dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { atom }));
            }
        }

        return new BufferView(row.Root, row.Layout, row.Rank, row.Consumed, flatOffset: null, ValueFacts.MergeDims(row.FixedDims, dims), row.Flattened);
    }

    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> OffsetDims(BufferView view, IOperation offset)
    {
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        if (view.Root is not { } root)
        {
            return dims;
        }

        foreach (var term in Linear(offset).Terms)
        {
            dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, new[] { DimensionAtom.Stride(root, term.Value.Text) }));
        }

        return dims;
    }

    private BufferView? LocalView(ILocalSymbol local, IOperation read)
    {
        if (DeconstructedRowView(local) is { } member)
        {
            return member;
        }

        if (LookedUpRowView(local) is { } lookedUp)
        {
            return lookedUp;
        }

        if (ForEachOf(local) is { } forEach)
        {
            // A call's rows (reader.ReadAllAsync(ct)) where the collection is no known buffer (EnumeratedRows.cs).
            return !IsDeconstructedKey(local, forEach) && (EvalView(forEach.Collection) ?? EnumeratedRowsView(forEach.Collection)) is { ElementIsRow: true } rows
                ? rows.WithRow(forEach, rows.IteratedAtoms(all: false))
                : null;
        }

        if (!WellKnownSymbols.IsBuffer(local.Type) && !WellKnownSymbols.IsRecordBuffer(local.Type) && !WellKnownSymbols.IsQuantisedBuffer(local.Type)
            && !(local.Type?.IsReferenceType == true && local.Type.Name is "IEnumerable"))
        {
            if (RefLocalView(local, read) is { } reference)
            {
                return reference;
            }

            if (local.IsRef || local.Type is null || local.Type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            // var p = new Matrix(rows, cols); var w = new Dictionary<string, double>(); a new List<Dictionary<string, double>>():
            // a buffer of its own.
            return DefinedView(local, read)
                ?? (WellKnownSymbols.IsNumericDictionary(local.Type) || WellKnownSymbols.IsRowDictionary(local.Type) || IsDictionaryRows(local.Type)
                    || WellKnownSymbols.IndexerRank(local.Type) > 0
                    ? RootView(local, local.Type)
                    : DataTableRootView(local, local.Type));
        }

        return DefinedView(local, read) ?? RootView(local, local.Type);
    }

    /// <summary>A local that is one view under another name: <c>var row = x[i]</c>, <c>var e = x.Select(…).ToArray()</c>.</summary>
    private BufferView? DefinedView(ILocalSymbol local, IOperation read)
    {
        var writes = WritesOf(local);
        if (writes.Count != 1 || writes[0].Value is not { } value || Contains(value, read))
        {
            return null;
        }

        // logits.ToDictionary(kv => kv.Key, _ => new float[n]): fresh rows of its own, not the source (FreshRowCollections.cs).
        if (IsFreshRowCollection(value))
        {
            return null;
        }

        return EvalView(value);
    }

    private BufferView? ParameterView(IParameterSymbol parameter, IOperation read)
    {
        if (BoundIndex(read) is { } bound)
        {
            // The buffer argument of one call of a member returning a view of it (MemberViews.cs).
            return EvalView(bound);
        }

        if (LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { } call && parameter.Ordinal == ElementOrdinal(call))
        {
            var source = SourceView(call);
            return source is { ElementIsRow: true } ? source.WithRow(StageLoop(lambda), source.IteratedAtoms(all: false)) : null;
        }

        if (WellKnownSymbols.IsBuffer(parameter.Type) && LocalFunctionArgument(parameter) is { } argument)
        {
            // The buffer the one call of a local function passes (LocalFunctionArguments.cs).
            return EvalView(argument);
        }

        return RootView(parameter, parameter.Type);
    }

    private static BufferView? RootView(ISymbol symbol, ITypeSymbol? type)
    {
        if (DataTableRootView(symbol, type) is { } table)
        {
            // A DataTable, its rows, a DataRow[]: rows × columns; a DataRow: one row's columns (DataRowCells.cs).
            return table;
        }

        var empty = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        switch (type)
        {
            case IArrayTypeSymbol { Rank: > 1 } rectangular when WellKnownSymbols.IsNumeric(rectangular.ElementType) || WellKnownSymbols.IsQuantisedElement(rectangular.ElementType):
                return new BufferView(symbol, BufferLayout.Rectangular, rectangular.Rank, 0, null, empty, flattened: false);
            case IArrayTypeSymbol { Rank: 1 } jagged when jagged.ElementType is IArrayTypeSymbol || WellKnownSymbols.IsRow(jagged.ElementType) || IsIndexList(jagged.ElementType):
                // float[][], ArraySegment<float>[], ReadOnlyMemory<double>[], List<int>[] (index lists, as int[][]): one row per element.
                return new BufferView(symbol, BufferLayout.Jagged, 1 + System.Math.Max(IsIndexList(jagged.ElementType) ? 1 : 0, RowLevels(jagged.ElementType)), 0, null, empty, flattened: false);
            case INamedTypeSymbol { TypeArguments.Length: 1 } list when list.TypeArguments[0] is IArrayTypeSymbol or INamedTypeSymbol { Name: "List" } || WellKnownSymbols.IsRowCollection(list):
                // List<float[]>, IReadOnlyList<Memory<float>>, IEnumerable<IReadOnlyList<Hypothesis>>: one row per element;
                // List<float[][]>, List<List<float[]>>: one jagged matrix per element, a level per nested array or list
                // like float[][][].
                return new BufferView(symbol, BufferLayout.Jagged, 1 + System.Math.Max(1, RowLevels(list.TypeArguments[0])), 0, null, empty, flattened: false);
            case var rows when IsDictionaryRows(rows) || WellKnownSymbols.IsRowDictionary(rows):
                // List<Dictionary<string, double>>, Dictionary<string, double>[]: one dictionary (one row) per document;
                // Dictionary<string, double[]>: one row per key; Dictionary<string, float[][]>: one jagged batch per key,
                // a level per nesting of the value like a float[][][] (JaggedDictionaryValues.cs).
                return new BufferView(symbol, BufferLayout.Jagged, 2 + DictionaryValueLevels(rows), 0, null, empty, flattened: false);
            default:
                // A list of records is a flat buffer too: its elements' numeric members are the values (MemberOfElement).
                // A quantised sbyte[] / ReadOnlySpan<byte> too: its elements are logits only where read as numbers (QuantisedLogits.cs).
                if (WellKnownSymbols.IsBuffer(type) || WellKnownSymbols.IsNumericDictionary(type) || WellKnownSymbols.IsRecordBuffer(type) || WellKnownSymbols.IsRecordDictionary(type)
                    || WellKnownSymbols.IsQuantisedBuffer(type))
                {
                    return new BufferView(symbol, BufferLayout.Flat, 1, 0, null, empty, flattened: false);
                }

                // A matrix type read through its indexer (m[r, c]): one dimension per index, whatever the storage order.
                var rank = WellKnownSymbols.IndexerRank(type);
                return rank switch
                {
                    0 => null,
                    1 => new BufferView(symbol, BufferLayout.Flat, 1, 0, null, empty, flattened: false),
                    _ => new BufferView(symbol, BufferLayout.Rectangular, rank, 0, null, empty, flattened: false),
                };
        }
    }

    /// <summary>
    /// The levels an element of a jagged buffer adds below it: a 1-D array or a list of rows one per nesting
    /// (<c>float[][]</c> two), a row (<c>ArraySegment&lt;float&gt;</c>, <c>Memory&lt;float&gt;</c>) one, a rectangular
    /// array its rank (<c>double[,]</c> two), a number none.
    /// </summary>
    private static int RowLevels(ITypeSymbol element)
    {
        var levels = 0;
        for (var inner = NestedRowElement(element); inner is not null; element = inner, inner = NestedRowElement(element))
        {
            levels++;
        }

        return levels + (WellKnownSymbols.IsRow(element) ? 1 : RectangularElementLevels(element));
    }

    private BufferView? InvocationView(IInvocationOperation invocation)
    {
        if (RefView(invocation) is { } reference)
        {
            return reference;
        }

        if (MemberReturnedView(invocation) is { } memberView)
        {
            // batch.Row(r) with Row(r) => Data.AsSpan(r * Cols, Cols): the view written at the call (MemberViews.cs).
            return memberView;
        }

        var method = invocation.TargetMethod;
        var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (Symbols.IsAsSpan(method) || (method.Name == "Slice" && invocation.Instance is not null))
        {
            var source = EvalView(receiver);
            var startIndex = invocation.Instance is null ? 1 : 0;
            if (source is null)
            {
                return null;
            }

            if (invocation.Arguments.Length <= startIndex)
            {
                return source;
            }

            var start = invocation.Arguments[startIndex].Value;
            if (start.Type?.Name == "Range")
            {
                return ResolvedRange(start) is { } range ? PrefixRange(source, range) : null;
            }

            return SliceView(source, start, invocation.Arguments.Length > startIndex + 1 ? invocation.Arguments[startIndex + 1].Value : null);
        }

        if (TensorResultView(invocation) is { } tensor)
        {
            return tensor;
        }

        // list.ToArray() of a List<T> is the list's elements, like Enumerable.ToArray (ListCopies.cs); so is a copy of a
        // whole tensor object read through a multi-index indexer, output.ToArray() (TensorCopies.cs).
        if (IsListCopy(invocation) || IsTensorCopy(invocation))
        {
            return EvalView(receiver) is { } copied ? (copied.Layout == BufferLayout.Rectangular ? copied.Flatten() : copied) : null;
        }

        // Array.ConvertAll(x, f) and list.ConvertAll(f) are x.Select(f) copied (ListCopies.cs); so is a user map
        // returning the mapped container, x.Map(f) (UserMaps.cs).
        var userMap = UserElementMap(invocation) is { ReturnsMapped: true } mapped ? mapped : null;
        var isConvertAll = userMap is not null || IsConvertAll(method) && invocation.Arguments.Length > 0;
        if (!isConvertAll && !Symbols.IsLinqOperatorType(method.ContainingType) && WellKnownSymbols.LinqSynonym(method) is null)
        {
            return null;
        }

        receiver = userMap?.Source ?? receiver;

        // A user map walks its container, a wrapper type's storage too (UserStorageFolds.cs).
        BufferView? SelectedView() => userMap is null ? EvalView(receiver) : ContainerView(receiver);
        var selector = userMap?.Selector ?? (invocation.Arguments.Length > 0 ? SelectorOf(invocation) : null);
        // ToImmutableArray() is ToArray(), ToFrozenDictionary(k, v) is ToDictionary(k, v) (WellKnownSymbols.CollectionSynonyms.cs).
        switch (isConvertAll ? "Select" : WellKnownSymbols.LinqName(method))
        {
            case "Range":
                return new BufferView(null, BufferLayout.Sequence, 1, 0, null, StableKeys.Map<ImmutableHashSet<DimensionAtom>>(), flattened: false);
            case "Where" when KeyFilterView(invocation) is { } groupSlice:
                // list.Where(a => a.Situation == g.Key) inside the walk over the groups: the current group (KeyFilters.cs).
                return groupSlice;
            case var subset when IsElementSubset(subset):
                return ElementSubsetView(invocation, EvalView(receiver));
            case "Cast" or "OfType" or "AsEnumerable" or "ToArray" or "ToList" or "Reverse":
            case not null when Symbols.IsParallelPassThrough(method):
                return EvalView(receiver) is { } view ? (view.Layout == BufferLayout.Rectangular ? view.Flatten() : view) : null;
            case "SelectMany" when invocation.Arguments.Length == 2 && MembersView(invocation) is { } members:
                // x.SelectMany(r => r.Select(…)): every element of every row the lambda makes.
                return members;
            case "SelectMany" when ResultSelectorView(invocation) is { } results:
                // x.SelectMany(r => r.Options, (r, o) => o.U), and query syntax's second from: one result per member.
                return results;
            case "SelectMany":
                return EvalView(receiver)?.Flatten();
            case "Chunk":
                // x.Chunk(n): rows of n consecutive elements (ChunkedRows.cs).
                return ChunkedRowsView(invocation);
            case "GroupBy":
                // Rows of a flat index (GroupedRows.cs), or one slice of a list of records per key (KeyedGroups.cs).
                return GroupedRowsView(invocation) ?? KeyedGroupsView(invocation);
            case "ToLookup":
                return KeyedGroupsView(invocation);
            case "Select" when (isConvertAll || invocation.Arguments.Length == 2) && ExpMethodGroup(selector!) is { } expReference:
                // x.Select(Math.Exp): the method group is the exp, applied to each element.
                var expSource = SelectedView();
                if (expSource is null)
                {
                    return null;
                }

                var exponentiated = IteratedElement(expSource, invocation) ?? ValueFacts.Empty;
                _expArguments[expReference] = exponentiated;
                var expElements = exponentiated.With(rawRoots: exponentiated.RawRoots.Clear(), shifts: exponentiated.Shifts.Clear(), exps: exponentiated.Exps.Add(expReference));
                return new BufferView(expSource.Root, BufferLayout.Sequence, 1, 0, null, expSource.FixedDims, flattened: false, expElements, invocation, expSource);
            case "ToDictionary" or "Zip" when ProjectedRowsView(invocation, receiver) is { } projectedRows:
                // x.ToDictionary(kv => kv.Key, kv => kv.Value.Select(…).ToArray()): a row per element (ProjectedRows.cs).
                return projectedRows;
            case "ToDictionary" when invocation.Arguments.Length is 3 or 4 && Unwrap(invocation.Arguments[2].Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation valueSelector }:
                // x.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value)): its values are what the value selector returns.
                return EvalView(receiver) is { } keyed
                    ? new BufferView(keyed.Root, BufferLayout.Sequence, 1, 0, null, keyed.FixedDims, flattened: false, ReturnedFacts(valueSelector), valueSelector, keyed)
                    : null;
            case "Select" when (isConvertAll || invocation.Arguments.Length == 2) && LogitHelperSelector(selector!) is { } logitHelper:
                // x.Select(Utility): the helper applied to each element (ArithmeticHelpers.cs).
                if (SelectedView() is not { } helperSource)
                {
                    return null;
                }

                var helperElements = ApplyArithmeticHelper(logitHelper, new[] { IteratedElement(helperSource, invocation) ?? ValueFacts.Empty }) ?? ValueFacts.Opaque();
                return new BufferView(helperSource.Root, BufferLayout.Sequence, 1, 0, null, helperSource.FixedDims, flattened: false, helperElements, invocation, helperSource);
            case "Select" when (isConvertAll || invocation.Arguments.Length == 2)
                && (userMap is null ? LambdaArgument(invocation) : PastDelegateCreation(userMap.Selector) as IAnonymousFunctionOperation) is { } lambda:
                var sourceView = SelectedView();
                if (sourceView is null)
                {
                    return null;
                }

                // After a query let the lambda walks the elements of the stage that made them, under that stage's loop (TransparentMembers.cs).
                var selectLoop = userMap is null ? StageLoop(lambda) : lambda;
                if (ReturnedView(lambda) is { } lambdaRow)
                {
                    // x.Select(r => r.Select(…)): a sequence of rows.
                    return new BufferView(sourceView.Root, BufferLayout.Sequence, 1, 0, null, sourceView.FixedDims, flattened: false, null, selectLoop, sourceView, lambdaRow);
                }

                var elements = ReturnedFacts(lambda);
                return new BufferView(sourceView.Root, BufferLayout.Sequence, 1, 0, null, sourceView.FixedDims, flattened: false, elements, selectLoop, sourceView);
            case "Zip" when invocation.Arguments.Length == 3 && LambdaAt(invocation.Arguments[2].Value) is { Symbol.Parameters.Length: 2 } pairLambda:
                // first.Zip(second, (a, b) => …): one result per index, a Select over first whose lambda also reads
                // second's element at that index (ZippedElements.cs).
                return EvalView(receiver) is { } first
                    ? new BufferView(first.Root, BufferLayout.Sequence, 1, 0, null, first.FixedDims, flattened: false, ReturnedFacts(pairLambda), pairLambda, first)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A <c>Tensor</c> operation that returns a new tensor element by element from one tensor: <c>Tensor.Exp(x)</c>,
    /// <c>Tensor.Subtract(x, max)</c>, <c>Tensor.Divide(e, sum)</c>, <c>Tensor.Multiply(e, scale)</c>: a sequence
    /// whose elements are the source's, exponentiated, shifted or divided (the call stands for "this element").
    /// </summary>
    private BufferView? TensorResultView(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!Symbols.IsTensor(method, method.Name) || invocation.Arguments.Length is not (1 or 2)
            || invocation.Arguments.Length == 2 && WellKnownSymbols.IsBuffer(invocation.Arguments[1].Value.Type)
            || EvalView(invocation.Arguments[0].Value) is not { } source)
        {
            return null;
        }

        var element = IteratedElement(source, invocation) ?? ValueFacts.Empty;
        ValueFacts elements;
        switch (method.Name)
        {
            case "Exp" when invocation.Arguments.Length == 1:
                _expArguments[invocation] = element;
                elements = element.With(rawRoots: element.RawRoots.Clear(), shifts: element.Shifts.Clear(), exps: element.Exps.Add(invocation));
                break;
            case "Subtract" when invocation.Arguments.Length == 2:
                elements = element.With(shifts: element.Shifts.Add(Unwrap(invocation.Arguments[1].Value)!));
                break;
            case "Divide" when invocation.Arguments.Length == 2:
                elements = DivisionResult(element, BinaryOperatorKind.Divide, invocation.Arguments[1].Value);
                break;
            case "Multiply" or "Add" when invocation.Arguments.Length == 2:
                elements = element;
                break;
            default:
                return null;
        }

        return new BufferView(source.Root, BufferLayout.Sequence, 1, 0, null, source.FixedDims, flattened: false, elements, invocation, source);
    }

    /// <summary>
    /// The view every <c>return</c> of a lambda returns (a row it makes, of numbers or of records: <c>a =&gt; a.Options</c>),
    /// or null when one returns a value.
    /// </summary>
    private BufferView? ReturnedView(IAnonymousFunctionOperation lambda)
    {
        BufferView? view = null;
        foreach (var operation in lambda.Body.DescendantsAndSelf())
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && EnclosingLambda(operation) == lambda)
            {
                if (!WellKnownSymbols.IsBuffer(value.Type) && !WellKnownSymbols.IsRecordBuffer(value.Type) && value.Type?.Name != "IEnumerable" || EvalView(value) is not { } returned || view is not null)
                {
                    return null;
                }

                view = returned;
            }
        }

        return view;
    }

    /// <summary>The view an iterating call walks: the receiver of LINQ, the source of <c>Parallel.ForEach</c>.</summary>
    private BufferView? SourceView(IInvocationOperation call)
    {
        if (call.TargetMethod.Name == "For" || Symbols.IsParallelIndexLoop(call.TargetMethod))
        {
            return null;
        }

        // x.Map(v => …) of a user map walks the container it maps (UserMaps.cs).
        if (UserElementMap(call) is { } userMap)
        {
            return ContainerView(userMap.Source);
        }

        return EvalView(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null));
    }

    /// <summary>A method group of an exp (<c>Math.Exp</c>, or a helper that only returns one) passed as a delegate.</summary>
    private IMethodReferenceOperation? ExpMethodGroup(IOperation argument)
    {
        var value = PastDelegateCreation(argument);

        // Func<double, double> exp = Math.Exp; x.Select(exp): a delegate local assigned once is its method group.
        if (OnceAssignedDelegate(value, argument) is { } assigned)
        {
            return ExpMethodGroup(assigned);
        }

        return value is IMethodReferenceOperation reference && (Symbols.IsExp(reference.Method) || IsExpHelper(reference.Method)) ? reference : null;
    }

    private static IAnonymousFunctionOperation? LambdaArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (PastDelegateCreation(argument.Value) is IAnonymousFunctionOperation lambda)
            {
                return lambda;
            }
        }

        return null;
    }

    private IForEachLoopOperation? ForEachOf(ILocalSymbol local) => _forEachLoops.TryGetValue(local, out var loop) ? loop : null;

    /// <summary>The root variable of an element reference or view.</summary>
    private ISymbol? RootOf(IOperation target)
    {
        target = Unwrap(target)!;
        return target switch
        {
            IArrayElementReferenceOperation element => EvalView(element.ArrayReference)?.Root,
            _ when DataRowCellParts(target) is var (row, _) => EvalView(row)?.Root,
            _ when InlineArrayElement(target) is var (inlineBuffer, _) => EvalView(inlineBuffer)?.Root,
            IPropertyReferenceOperation indexer when UserIndexerElement(indexer) is { } stored => stored.Receiver ?? EvalView(stored.Storage)?.Root,
            IInvocationOperation call when RefAccessorElement(call) is { } accessed => accessed.Receiver ?? EvalView(accessed.Storage)?.Root,
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => EvalView(instance)?.Root,
            _ when PointerElement(target) is { } pointer => EvalView(PointerWalk(pointer.Pointer, target)?.Start ?? pointer.Pointer)?.Root,
            _ when MayBeMemberOfElement(target) => ElementRoot(MemberInstance(target)!),
            _ => EvalView(target)?.Root,
        };
    }

    /// <summary>Loop → dimension for each loop variable in the indices of an element reference.</summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> ElementDims(IOperation target) =>
        ReadElement(Unwrap(target)!) is { } read ? read.Dims : StableKeys.Map<ImmutableHashSet<DimensionAtom>>();

    /// <summary>An element read: <c>x[i, j]</c>, <c>x[i][j]</c>, <c>row[j]</c>, <c>x[i * cols + j]</c>, <c>slice[j]</c>, <c>seq[j]</c>.</summary>
    private ElementRead? ReadElement(IOperation operation)
    {
        IOperation? buffer;
        IReadOnlyList<IOperation?> indices;
        LinearIndex? walk = null;

        // A user indexer read as its storage's element: the getter's indices with the caller's arguments (UserIndexers.cs).
        IReadOnlyList<LinearIndex>? substituted = null;
        ISymbol? receiverRoot = null;
        LinearIndex IndexAt(int position) => substituted is null ? Linear(indices[position]) : substituted[position];
        switch (operation)
        {
            case IPropertyReferenceOperation indexer when UserIndexerElement(indexer) is { } stored:
                buffer = stored.Storage;
                indices = stored.Indices;
                substituted = stored.Linear;
                receiverRoot = stored.Receiver;
                break;
            case IPropertyReferenceOperation or IInvocationOperation when DataRowCellParts(operation) is var (row, key):
                // row[col], row.Field<double>("score_" + c): the row's element at the column the key names (DataRowCells.cs).
                buffer = row;
                indices = new[] { key };
                substituted = new[] { DataRowKeyIndex(key) };
                break;
            case IInvocationOperation when RefAccessorElement(operation) is { } accessed:
                // z.Cell(c, b) of ref double Cell(int c, int b) => ref data[c * batch + b]: that element (RefAccessors.cs).
                buffer = accessed.Storage;
                indices = accessed.Indices;
                substituted = accessed.Linear;
                receiverRoot = accessed.Receiver;
                break;
            case { Kind: OperationKind.None } or IInvocationOperation when PointerElement(operation) is { } pointer:
                (buffer, walk) = PointerWalk(pointer.Pointer, operation) is { } walked ? (walked.Start, walked.Offset) : (pointer.Pointer, null);
                indices = new[] { pointer.Index };
                break;
            case IArrayElementReferenceOperation element:
                buffer = element.ArrayReference;
                indices = element.Indices;
                break;
            case IInlineArrayAccessOperation when InlineArrayElement(operation) is var (inlineBuffer, inlineIndex):
                // e[c] of an [InlineArray(N)] struct: an element of a flat buffer (InlineArrays.cs).
                buffer = inlineBuffer;
                indices = new[] { inlineIndex };
                break;
            case IInvocationOperation call when DictionaryLookup(call) is var (dictionary, key):
                // d.TryGetValue(k, out w), d.GetValueOrDefault(k): the element d[k] (DictionaryLookups.cs).
                buffer = dictionary;
                indices = new[] { key };
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer when indexer.Arguments.Length >= 1:
                buffer = instance;
                indices = IndexerIndexValues(indexer);
                break;
            default:
                return null;
        }

        var view = EvalView(buffer);
        if (receiverRoot is not null && view?.Root is { } storageRoot)
        {
            // One receiver's element of a storage member several receivers reach: that receiver's buffer (ReceiverStorage.cs).
            view = RebasedView(view, storageRoot, receiverRoot);
        }

        if (indices.Count == 0 || view is null || view.Root is null && view.Layout != BufferLayout.Sequence
            || view.Layout != BufferLayout.Flat && indices.Any(index => index is null))
        {
            return null;
        }

        var dims = view.FixedDims;
        switch (view.Layout)
        {
            case BufferLayout.Rectangular when IsFlatReadOfTensorCopy(view, indices.Count):
                // all[i] of all = output.ToArray(): a whole walk spans the tensor, any other index no known dimension (TensorCopies.cs).
                if (TensorCopyWalkDims(view, IndexAt(0)) is not { } tensorWalk)
                {
                    return null;
                }

                dims = ValueFacts.MergeDims(dims, tensorWalk);
                break;
            case BufferLayout.Rectangular:
                for (var position = 0; position < indices.Count; position++)
                {
                    foreach (var (loop, atom) in PositionAtoms(IndexAt(position), DimensionAtom.Rank(view.Root!, position)))
                    {
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { atom }));
                    }
                }

                break;
            case BufferLayout.Jagged:
                // classes[c][n, j] of a List<double[,]> or a double[][,]: the element picked per iteration is a rectangular
                // array, and each further index is one more level, like classes[c][n][j]: the loop picking the array is a
                // dimension of the data like the first index of a double[classes, persons, alts].
                for (var position = 0; position < indices.Count; position++)
                {
                    foreach (var (loop, atom) in PositionAtoms(IndexAt(position), DimensionAtom.Depth(view.Root!, view.Consumed + position)))
                    {
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { atom }));
                    }
                }

                break;
            case BufferLayout.Flat when substituted is null && view.FlatOffset is null && walk is null && indices.Count == 1 && Unwrap(indices[0]) is ITupleOperation tupleKey:
                // logT[(target[i], source[j])]: each element of a tuple key is a position of its own, like x[i, j].
                for (var position = 0; position < tupleKey.Elements.Length; position++)
                {
                    foreach (var loop in TupleElementLoops(tupleKey.Elements[position]))
                    {
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { DimensionAtom.Rank(view.Root!, position) }));
                    }
                }

                break;
            case BufferLayout.Flat:
                var index = view.FlatOffset is null ? IndexAt(0) : view.FlatOffset.Add(IndexAt(0));
                index = walk is null ? index : walk.Add(index);

                // for (b = 0; b + 1 < n; b += 2) reading x[b] and x[b + 1]: every element, as a unit walk (UnrolledLanes.cs).
                index = CoverUnrolledLanes(index, view.Root!);
                if (substituted is null && view.FlatOffset is null && walk is null && IndexGatherRoot(indices[0]) is { } lists)
                {
                    if (LooksUpUnprovenDictionary(buffer, indices[0]))
                    {
                        // score[t] into a dictionary not proven one unchanged object for every group (it may be the group's
                        // own): a loop-free element as before keyed gathers (SharedDictionaries.cs).
                        break;
                    }

                    // rating[players[i]]: the elements the picked list names (Gathers.cs); cache[table[b] * bs + o]: the
                    // blocks it names (IndirectIndices.cs).
                    foreach (var loop in index.Terms.Keys)
                    {
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { DimensionAtom.Gather(view.Root!, lists) }));
                    }

                    break;
                }

                foreach (var term in index.Terms)
                {
                    // A unit-stride loop bounded by the whole buffer walks all of it, also from a start picked by an outer
                    // loop (for (i = b; i < classes * batch; i++)): that loop's term keeps its own dimension.
                    // A unit-stride walk over one whole [A, B] block picked by an outer loop folds A and B too.
                    if (term.Value.Equals(Stride.One) && BlockStrides(term.Key, index) is { } block)
                    {
                        var blockAtoms = block.Select(stride => DimensionAtom.Stride(view.Root!, stride.Text)).Append(DimensionAtom.Stride(view.Root!, Stride.One.Text));
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, blockAtoms));
                        continue;
                    }

                    // for (k = t * n; k < (t + count) * n; k++) from a start an outer loop picks: several rows (RowTiles.cs).
                    if (term.Value.Equals(Stride.One) && (view.FlatOffset is { IsLoopFree: false } || index.Terms.Keys.Any(other => other != term.Key && Contains(other, term.Key)))
                        && TileWalkStride(term.Key) is { } tile)
                    {
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, new[] { DimensionAtom.Stride(view.Root!, tile.Text), DimensionAtom.Stride(view.Root!, Stride.One.Text) }));
                        continue;
                    }

                    // start += chunk around a walk of the chunk clamped to the end: the chunks tile the axis the walk steps along.
                    if (!term.Value.Equals(Stride.One) && ChunkedAxis(term.Key, term.Value, index) is { } chunked)
                    {
                        dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, new[] { DimensionAtom.Stride(view.Root!, chunked.Text) }));
                        continue;
                    }

                    // A walk from a request's slot start past that slot (pool.Length - offsets[r], offsets[^1]) folds the whole pool too (TailWalks.cs).
                    var atom = term.Value.Equals(Stride.One) && view.FlatOffset is null && (IsWholeBufferLoop(term.Key, view.Root) || IsWalkPastTheSlot(term.Key, view.Root))
                        && (index.Terms.Count == 1 || !IsIndexWalk(term.Key) && index.Terms.Keys.All(other => other == term.Key || Contains(other, term.Key)))
                        ? DimensionAtom.Whole(view.Root!)
                        : StridedWholeWalk(view, term.Key, term.Value) ?? DimensionAtom.Stride(view.Root!, term.Value.Text);
                    var prefix = term.Value.Equals(Stride.One) && !atom.IsWhole ? PrefixWalkAtoms(view.Root!, term.Key) : ImmutableHashSet<DimensionAtom>.Empty;
                    dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(term.Key, prefix.Add(atom)));
                    if (term.Value.Equals(Stride.One) && view.FlatOffset is null && RunningRowDims(view.Root!, term.Key) is { } rowDims)
                    {
                        // for (i = from; i < limit; i++) of packed ragged rows: the loop moving the limit picks the row (RunningLimits.cs).
                        dims = ValueFacts.MergeDims(dims, rowDims);
                    }
                }

                break;
            case BufferLayout.Sequence:
                var atoms = view.IteratedAtoms(all: false);
                foreach (var loop in IndexAt(0).Terms.Keys)
                {
                    dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, atoms));
                }

                // seq[j] in an iteration that computed seq's elements is of that iteration (IterationRows.cs).
                dims = ValueFacts.MergeDims(dims, EnclosingIterationDims(view, operation));
                return new ElementRead(view, dims, (view.Elements ?? ValueFacts.Empty).WithoutDims().With(dims: dims));
        }

        dims = WithoutAllocatingLoops(view.Root!, dims, operation);
        foreach (var atoms in dims.Values)
        {
            foreach (var atom in atoms)
            {
                Classes.Add(atom);
            }
        }

        return new ElementRead(view, dims, ElementFacts(view.Root!, dims));
    }

    /// <summary>What an element of <paramref name="root"/> holds: its input values and whatever the method stored into it.</summary>
    private ValueFacts ElementFacts(ISymbol root, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims)
    {
        // Every buffer element is data as it was computed (logits, unless what the method stored says otherwise).
        var facts = ValueFacts.Raw(root, dims).Merge(ImportedContent(root)).Merge(HelperShiftedContent(root));
        return _stored.TryGetValue(root, out var stored) ? facts.Merge(stored) : facts;
    }

    /// <summary>The element facts a <c>foreach</c> variable or a LINQ lambda parameter stands for.</summary>
    private ValueFacts? IteratedElement(BufferView view, IOperation loop)
    {
        if (view.ElementIsRow)
        {
            return null;
        }

        if (view is { Layout: BufferLayout.Sequence, ElementRow: { } row, Flattened: true })
        {
            // Every element of every row: the row's elements, with both the row loop and the element loop being this one.
            var renamed = row.RenameLoop(view.ElementLoop, loop);
            var inner = IteratedElement(renamed.Flatten(), loop);
            return inner?.With(dims: ValueFacts.MergeDims(inner.Dims, ValueFacts.DimsOf(loop, view.IteratedAtoms(all: true))));
        }

        // foreach over a slice that is one whole block of a flat buffer walks the block's strides (SliceLengths.cs).
        var atoms = ForEachBlockAtoms(view, loop) ?? view.IteratedAtoms(all: view.Flattened || view.Layout == BufferLayout.Rectangular);
        var dims = ValueFacts.MergeDims(view.FixedDims, ValueFacts.DimsOf(loop, atoms));
        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        if (view.Layout == BufferLayout.Sequence)
        {
            return view.Elements is null ? ValueFacts.Empty : view.Elements.WithoutDims().With(dims: ValueFacts.MergeDims(dims, Rename(view.Elements.Dims, view.ElementLoop, loop)));
        }

        if (view.Root is null)
        {
            return ValueFacts.Empty;
        }

        // foreach (var v in w) over a buffer allocated in the row loop: v is of the row w is filled from, as w[i] is.
        dims = WithoutAllocatingLoops(view.Root, dims, loop);
        foreach (var atom in dims.Values.SelectMany(loopAtoms => loopAtoms))
        {
            Classes.Add(atom);
        }

        return ElementFacts(view.Root, dims);
    }

    private static ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> Rename(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, IOperation? from, IOperation to)
    {
        if (from is null || !dims.TryGetValue(from, out var atoms))
        {
            return dims;
        }

        return ValueFacts.MergeDims(dims.Remove(from), ValueFacts.DimsOf(to, atoms));
    }

    /// <summary>
    /// A library call that writes one buffer from another element by element: <c>TensorPrimitives.Exp(x, y)</c>,
    /// <c>Subtract(x, m, y)</c>, <c>Divide(y, s, y)</c>, <c>Multiply(y, 1 / s, y)</c>.
    /// </summary>
    private ElementwiseResult? ElementwiseCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.ContainingType is null || call.Arguments.Length < 2
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.TensorPrimitives) && !SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.Tensor))
        {
            return null;
        }

        var destination = EvalView(call.Arguments[call.Arguments.Length - 1].Value);
        var source = EvalView(call.Arguments[0].Value);
        if (destination is null || source?.Root is null)
        {
            return null;
        }

        var element = ElementFacts(source.Root, StableKeys.Map<ImmutableHashSet<DimensionAtom>>());
        switch (method.Name)
        {
            case "Exp" or "Exp2" or "Exp10" when call.Arguments.Length == 2:
                _expArguments[call] = element;
                return new ElementwiseResult(source, destination, element.With(rawRoots: element.RawRoots.Clear(), shifts: element.Shifts.Clear(), exps: element.Exps.Add(call)));
            case "Subtract" when call.Arguments.Length == 3:
                return new ElementwiseResult(source, destination, element.With(shifts: element.Shifts.Add(Unwrap(call.Arguments[1].Value)!)));
            case "Divide" when call.Arguments.Length == 3:
                return new ElementwiseResult(source, destination, DivisionResult(element, BinaryOperatorKind.Divide, call.Arguments[1].Value));
            // Add(acc, row, acc): the destination holds both operands' values (a sum of exps holds exps).
            case "Add" or "Multiply" or "Max" or "MaxNumber" or "Min" or "MinNumber" when call.Arguments.Length == 3:
                return new ElementwiseResult(source, destination, EvalView(call.Arguments[1].Value) is { Root: { } second }
                    ? element.Merge(ElementFacts(second, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()))
                    : element);
            default:
                return null;
        }
    }

    private sealed class ElementRead
    {
        public ElementRead(BufferView view, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, ValueFacts facts)
        {
            View = view;
            Dims = dims;
            Facts = facts;
        }

        public BufferView View { get; }

        public ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> Dims { get; }

        public ValueFacts Facts { get; }
    }

    private sealed class ElementwiseResult
    {
        public ElementwiseResult(BufferView source, BufferView destination, ValueFacts result)
        {
            Source = source;
            Destination = destination;
            Result = result;
        }

        public BufferView Source { get; }

        public BufferView Destination { get; }

        public ValueFacts Result { get; }
    }
}
