using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Loops, loop variables and linear indices.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Nesting of one index computation (operations and the definitions of locals they read): deep enough for
    /// <c>row = block + i * tokens</c>, <c>block = w * plane</c>, <c>plane = tokens * tokens</c>; it only stops cycles.
    /// </summary>
    private const int MaxDefinitionDepth = 12;
    private readonly Dictionary<IOperation, LinearIndex> _indexCache = new();
    private int _indexDepth;

    /// <summary>True while the index being computed was cut at <see cref="MaxDefinitionDepth"/>: such a result is not cached.</summary>
    private bool _indexTruncated;

    /// <summary>
    /// Results that were cut at <see cref="MaxDefinitionDepth"/>, by the depth they were computed at: a cut result is
    /// exact for that depth only, so it is not shared with other depths (<see cref="_indexCache"/>), but recomputing it
    /// at the same depth would repeat the same walk. Without this, locals assigned from each other in several places
    /// (a cycle, always cut) are walked once per path: exponential in the number of writes (an eigen-decomposition
    /// of 300 lines took 20 s).
    /// </summary>
    private readonly Dictionary<(IOperation Operation, int Depth), LinearIndex> _truncatedIndexCache = new();

    /// <summary>Skips conversions (also those spelled as calls, <see cref="NumericConversionCall"/>), parentheses, single-spread copies <c>[.. e]</c>, identity projections <c>x.Select(g =&gt; g)</c> and anonymous-type members bound by an earlier LINQ stage (a query <c>let</c>).</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IInvocationOperation call when NumericConversionCall.Operand(call) is { } converted:
                    operation = converted;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case ICollectionExpressionOperation when SpreadSource(operation) is { } spread:
                    // [.. e]: a copy of e, read as e.ToArray() is (CollectionSpreads.cs).
                    operation = spread;
                    break;
                case IInvocationOperation call when IdentityProjectionSource(call) is { } projected:
                    // x.Select(g => g), a query's `into g select g`: x itself (IdentityProjections.cs).
                    operation = projected;
                    break;
                case IPropertyReferenceOperation member when TransparentMemberValue(member) is { } bound:
                    // t.peak of a stage made as new { row, peak = row.Max() } (a query let): row.Max() (TransparentMembers.cs).
                    operation = bound;
                    break;
                case ITranslatedQueryOperation query:
                    // from v in x select Math.Exp(v): the Select call it translates to.
                    operation = query.Operation;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The local, parameter, field or (non-indexer) property an operation reads or writes.</summary>
    public static ISymbol? VariableOf(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    public static bool References(IOperation? operation, ISymbol? symbol) =>
        symbol is not null && SymbolEqualityComparer.Default.Equals(VariableOf(operation), symbol);

    /// <summary>Source containment within one tree.</summary>
    public static bool Contains(IOperation? outer, IOperation? inner) =>
        outer is not null && inner is not null && outer.Syntax.SyntaxTree == inner.Syntax.SyntaxTree
        && outer.Syntax.Span.Contains(inner.Syntax.Span);

    private static bool IsElementAccess(IOperation operation) =>
        operation is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } || PointerElement(operation) is not null
            || InlineArrayElement(operation) is not null || IsRefAccessorCall(operation) || DataRowCellParts(operation) is not null;

    /// <summary>The innermost loop statement or iterating lambda around <paramref name="operation"/>.</summary>
    private IOperation? EnclosingLoop(IOperation operation) => EnclosingLoops(operation).FirstOrDefault();

    /// <summary>Loop statements and iterating lambdas around <paramref name="operation"/>, innermost first.</summary>
    private IEnumerable<IOperation> EnclosingLoops(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation || (current is IAnonymousFunctionOperation lambda && IteratingCall(lambda) is not null))
            {
                yield return current;
            }

            if (current == _root)
            {
                yield break;
            }
        }
    }

    /// <summary>The call that invokes <paramref name="lambda"/> once per element or index (LINQ, Parallel, ForEach).</summary>
    private IInvocationOperation? IteratingCall(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not IArgumentOperation { Parent: IInvocationOperation call })
        {
            return null;
        }

        var method = call.TargetMethod;
        return Symbols.IsParallelLoop(method)
            || (method.ContainingType is { } type
                && (Symbols.IsLinqOperatorType(type)
                    || (method.Name == "ForEach" && (type.Name == "List" || SymbolEqualityComparer.Default.Equals(type, Symbols.Array)))
                    || IsConvertAll(method)
                    || WellKnownSymbols.LinqSynonym(method) is not null))
            || IsUserMapSelector(call, lambda)
            || IsUserAggregate(call.TargetMethod)
            ? call
            : null;
    }

    /// <summary>The loop a local steps through (its induction loop), when the read is inside that loop.</summary>
    private IOperation? InductionLoop(ISymbol? symbol, IOperation read) => Induction(symbol, read)?.Loop;

    /// <summary>The innermost loop stepping <paramref name="symbol"/> that contains <paramref name="read"/>, with its step.</summary>
    private (IOperation Loop, Stride Step)? Induction(ISymbol? symbol, IOperation read)
    {
        if (OnePassValue(symbol, read) is { } single)
        {
            // k of for (k = t; k < t + 1; k++) is t (OnePassLoops.cs).
            return Unwrap(single) is ILocalReferenceOperation or IParameterReferenceOperation && VariableOf(Unwrap(single)) is { } started ? Induction(started, single) : null;
        }

        if (symbol is ILocalSymbol local && _inductionLoops.TryGetValue(local, out var loops))
        {
            (IOperation Loop, Stride Step)? best = null;
            foreach (var candidate in loops)
            {
                if (Contains(candidate.Loop, read) && (best is null || Contains(best.Value.Loop, candidate.Loop)))
                {
                    best = candidate;
                }
            }

            return best;
        }

        if (symbol is IParameterSymbol parameter && IndexParameterLoop(parameter) is { } lambda && Contains(lambda, read))
        {
            return (lambda, Stride.One);
        }

        return null;
    }

    /// <summary>The lambda whose parameter is an index: <c>Parallel.For(0, n, i =&gt; …)</c>, <c>Range(0, n).Select(j =&gt; …)</c>, <c>Select((v, j) =&gt; …)</c>.</summary>
    private IOperation? IndexParameterLoop(IParameterSymbol parameter)
    {
        if (LambdaOf(parameter) is not { } lambda || IteratingCall(lambda) is not { } call)
        {
            return null;
        }

        // Parallel.For(0, n, i => …) (also ForAsync(0, n, (i, token) => …)), and of Parallel.For<TLocal>(0, n, init,
        // (i, state, local) => …, fin) the body only.
        if ((call.TargetMethod.Name == "For" || Symbols.IsParallelIndexLoop(call.TargetMethod)) && parameter.Ordinal == 0 && ArgumentName(lambda) is null or "body")
        {
            return lambda;
        }

        if (parameter.Ordinal == 1 && call.TargetMethod.Name is "Select" or "Where")
        {
            return lambda;
        }

        return parameter.Ordinal == ElementOrdinal(call) && SourceView(call) is { Layout: BufferLayout.Sequence, Root: null, Source: null } ? lambda : null;
    }

    /// <summary>The name of the parameter a lambda is passed to (<c>body</c>, <c>localInit</c>, <c>localFinally</c> of <c>Parallel.For</c>), if any.</summary>
    private static string? ArgumentName(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parameter: { } parameter } ? parameter.Name : null;
    }

    /// <summary>Which lambda parameter is the element: the second for <c>Aggregate((acc, x) =&gt; …)</c>, else the first.</summary>
    private int ElementOrdinal(IInvocationOperation call) => IsAggregateCall(call) ? 1 : 0;

    private IAnonymousFunctionOperation? LambdaOf(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol method && _lambdas.TryGetValue(method, out var lambda) ? lambda : null;

    /// <summary>The index as loops times strides (<c>i * cols + j</c> → i·cols + j·1).</summary>
    private LinearIndex Linear(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (operation is null)
        {
            return LinearIndex.LoopFreeSum();
        }

        if (BoundIndex(operation) is { } bound)
        {
            // An indexed local function's parameter, read for one call: the caller's index (IndexBindings.cs).
            return Linear(bound);
        }

        if (_indexCache.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        if (_indexDepth > MaxDefinitionDepth)
        {
            _indexTruncated = true;
            return LinearIndex.LoopFreeSum();
        }

        if (_truncatedIndexCache.TryGetValue((operation, _indexDepth), out var cut))
        {
            _indexTruncated = true;
            return cut;
        }

        Evaluations++;
        var depth = _indexDepth;
        _indexDepth++;
        var outerTruncated = _indexTruncated;
        _indexTruncated = false;
        try
        {
            var result = ComputeLinear(operation);
            if (_indexTruncated)
            {
                _truncatedIndexCache[(operation, depth)] = result;
            }
            else
            {
                _indexCache[operation] = result;
            }

            return result;
        }
        finally
        {
            _indexDepth--;
            _indexTruncated |= outerTruncated;
        }
    }

    private LinearIndex ComputeLinear(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return LinearIndex.Factor(System.Convert.ToString(operation.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "?");
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return Linear(add.LeftOperand).Add(Linear(add.RightOperand));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                return Linear(subtract.LeftOperand).Add(Negate(Linear(subtract.RightOperand)));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply:
                return Linear(multiply.LeftOperand).Multiply(Linear(multiply.RightOperand));
            case IPropertyReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation when DictionaryKeyLoop(operation) is { } keyLoop:
                // exps[kv.Key] while kv walks a dictionary: the key steps with that walk.
                return LinearIndex.Loop(keyLoop, Stride.One);
            case ILocalReferenceOperation or IParameterReferenceOperation when IndexWalkRead(operation) is var (indexWalk, _):
                // m of foreach (int m in legalMoves[p]), j of legalMoves[p].Select(j => …): the walk steps through the indices it lists.
                return LinearIndex.Loop(indexWalk, Stride.One);
            case ILocalReferenceOperation { Local: var key } when KeyedGroupListRoot(key) is not null:
                // t of foreach (string t in tickers) over one group's keys: the walk steps through them (KeyedGroupGathers.cs).
                return LinearIndex.Loop(ForEachOf(key)!, Stride.One);
            case ILocalReferenceOperation or IParameterReferenceOperation:
                var symbol = VariableOf(operation)!;
                if (OnePassValue(symbol, operation) is { } single)
                {
                    // k of for (k = t; k < t + 1; k++) is t, read where the loop starts (OnePassLoops.cs).
                    return Linear(single);
                }

                if (Induction(symbol, operation) is { } induction)
                {
                    var walk = LinearIndex.Loop(induction.Loop, induction.Step);
                    return InductionStart(symbol, induction.Loop, operation) is { } start ? walk.Add(start) : walk;
                }

                return DefinitionIndex(symbol, operation);
            case IIncrementOrDecrementOperation step:
                // x[i++], x[++i]: the element at i (one step on, for a prefix step: a loop-free offset).
                return Linear(step.Target);
            case IPropertyReferenceOperation when RangeBoundary(operation) is { } boundary && !IsFromEnd(boundary):
                // rowRange.End, rowRange.End.Value of Range rowRange = s..e: the written bound (RangeLocals.cs).
                return Linear(boundary);
            case IPropertyReferenceOperation property when SegmentOffset(property) is { } segmentStart:
                return segmentStart;
            case IPropertyReferenceOperation { Property.IsIndexer: true } when LoopsIn(operation) is { Count: > 0 } indexed:
                // start[g] of a span or list, as of an array (the default below): a value that moves with the loops of its index.
                return LinearIndex.Opaque(indexed);
            case IPropertyReferenceOperation { Property.IsIndexer: true } or IArrayElementReferenceOperation when IsIndexType(operation.Type) && LoopsIn(operation).Count == 0
                && LookupLoops(operation) is { Count: > 0 } looked:
                // A table entry whose index names no loop variable but moves with loops through locals (table[at] with
                // int at = q * k + j) or with a walk over its keys (offsets[name]): IndirectIndices.cs.
                return LinearIndex.Opaque(looked);
            case IFieldReferenceOperation or IPropertyReferenceOperation when ElementMemberWalk(operation) is { } memberWalk:
                // slot.Row of foreach (var slot in slots): a different row each iteration (ElementMemberRows.cs).
                return LinearIndex.Loop(memberWalk, Stride.One);
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                return LinearIndex.Factor(Canonical(operation));
            case IInvocationOperation call when CalledIndex(call) is { } called:
                // x[Idx(b, c, classes)]: the helper's returned index with the caller's arguments (CalledIndices.cs).
                return called;
            case IInvocationOperation:
                return LoopsIn(operation) is { Count: > 0 } loops ? LinearIndex.Opaque(loops) : LinearIndex.Factor(Canonical(operation));
            case IArrayElementReferenceOperation when LoopsIn(operation).Count == 0 && IsIndexType(operation.Type):
                // int n = shape[axis]: a loop-free entry of a shape array is a named size, like a property's.
                return LinearIndex.Factor(Canonical(operation));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient when LoopsIn(quotient).Count == 0:
                // int plane = cost.Length / depth: a loop-free size like a call's result, a stride that compares equal to itself.
                return LinearIndex.Factor(Canonical(quotient));
            default:
                return LoopsIn(operation) is { Count: > 0 } inner ? LinearIndex.Opaque(inner) : LinearIndex.LoopFreeSum();
        }
    }

    private static LinearIndex Negate(LinearIndex index) =>
        index.IsLoopFree ? LinearIndex.LoopFreeSum() : index.Multiply(LinearIndex.Factor("-1"));

    /// <summary>A local with one definition is its definition (<c>int offset = i * cols</c>); otherwise a named factor.</summary>
    private LinearIndex DefinitionIndex(ISymbol symbol, IOperation read)
    {
        if (symbol is ILocalSymbol local && RangeOffsetOrLength(local) is { } rangePart)
        {
            // offset, length of var (offset, length) = rowRange.GetOffsetAndLength(n): the range's bounds (RangeOffsets.cs).
            return rangePart;
        }

        var writes = WritesOf(symbol);
        if (writes.Count == 1 && writes[0].Value is { } value && !Contains(value, read))
        {
            return Linear(value);
        }

        if (writes.Count == 0 || writes.All(write => write.Value is { } v && Linear(v).IsLoopFree) || IsSettledBefore(writes, read))
        {
            return LinearIndex.Factor(symbol.Name);
        }

        // Assigned in several places with loop-dependent values: a position we cannot place.
        return LinearIndex.Opaque(writes.Where(write => write.Value is not null).SelectMany(write => Linear(write.Value).Terms.Keys));
    }

    /// <summary>
    /// True when every write of a variable comes before <paramref name="read"/> and outside every loop around it: a
    /// size computed up front (<c>for (d = axis + 1; d &lt; rank; d++) inner *= shape[d];</c>) is one value while the
    /// loops that index with it run, a stride like any named size.
    /// </summary>
    private bool IsSettledBefore(IReadOnlyList<VariableWrite> writes, IOperation read)
    {
        var loops = EnclosingLoops(read).ToList();
        return writes.Count > 0 && writes.All(write =>
            write.Operation.Syntax.SyntaxTree == read.Syntax.SyntaxTree && write.Operation.Syntax.Span.End <= read.Syntax.SpanStart
            && !loops.Any(loop => Contains(loop, write.Operation)));
    }

    private List<IOperation> LoopsIn(IOperation operation)
    {
        var loops = new List<IOperation>();
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (node is ILocalReferenceOperation or IParameterReferenceOperation && InductionLoop(VariableOf(node), node) is { } loop)
            {
                loops.Add(loop);
            }
        }

        return loops;
    }

    /// <summary>A loop-free expression as a comparable factor: locals with one definition are replaced by it.</summary>
    private string Canonical(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character))
            {
                builder.Append(character == '*' ? '×' : character);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when <c>b.Length</c> counts a whole buffer: not a slice at an offset, not a sequence, and not one row of a
    /// jagged buffer (<c>int cols = logits[0].Length</c> is a row's length, whatever flat buffer it then bounds).
    /// </summary>
    private bool IsWholeLength(IOperation instance) =>
        EvalView(instance) is { FlatOffset: null } view && view.Layout != BufferLayout.Sequence
        && !(Unwrap(instance) is IArrayElementReferenceOperation { Type: IArrayTypeSymbol } row && EvalView(row.ArrayReference) is { Layout: BufferLayout.Jagged });

    /// <summary>
    /// A loop-free product bound (<c>rows * cols</c>) that no flat access of the method steps a loop by: a product that
    /// is a stride (<c>k &lt; width</c> with <c>i * width + k</c>, <c>width = 2 * chunk</c>) bounds one row of it, not the
    /// whole buffer.
    /// </summary>
    private bool IsWholeProduct(IOperation product) =>
        Linear(product) is { IsLoopFree: true } size && (size.Constant is not { } extent || !StridesSeen().Contains(extent.Text));

    /// <summary>
    /// True when a flat loop <c>for (k = 0; k &lt; B; k++)</c> walks a whole multi-dimensional buffer: B is a
    /// <c>Length</c>/<c>Count</c> of a whole buffer or a product of two sizes (<c>rows * cols</c>).
    /// </summary>
    private bool IsWholeBufferLoop(IOperation loop, ISymbol? root = null)
    {
        if (loop is IForEachLoopOperation forEach)
        {
            return !IsIndexWalk(forEach) || IndexListSpansBuffer(forEach.Collection);
        }

        if (loop is IAnonymousFunctionOperation indexLambda && LambdaIndexWalkCollection(indexLambda) is { } indexList)
        {
            // nb.Select(j => x[j]) spans what the foreach twin spans (LambdaIndexWalks.cs).
            return IndexListSpansBuffer(indexList);
        }

        IOperation? bound;
        if (loop is IAnonymousFunctionOperation lambda)
        {
            // Parallel.For(0, x.Length, i => …) and Enumerable.Range(0, x.Length).Max(k => …): the bound is the count.
            var call = IteratingCall(lambda);
            if (call is { Arguments.Length: > 2 } && Symbols.IsParallelIndexLoop(call.TargetMethod))
            {
                bound = Unwrap(call.Arguments[1].Value);
            }
            else if (call is not null && Unwrap(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)) is IInvocationOperation { Arguments.Length: 2 } range
                && Symbols.IsEnumerable(range.TargetMethod, "Range") && Unwrap(range.Arguments[0].Value)!.ConstantValue is { HasValue: true, Value: 0 })
            {
                bound = Unwrap(range.Arguments[1].Value);
            }
            else
            {
                return false;
            }
        }
        else if (CountDownBound(loop) is { } countDown)
        {
            bound = Unwrap(countDown);
        }
        else if (ConditionBound(loop) is { } conditionBound)
        {
            bound = conditionBound;
        }
        else if (ExceptionEndedBuffer(loop, root) is { } endedBuffer)
        {
            // for (;;) x[k++] until the caught IndexOutOfRangeException: to x's end (UnconditionedLoops.cs).
            return IsWholeLength(endedBuffer);
        }
        else
        {
            return false;
        }

        var count = OffsetBlockCount(loop, WalkedCount(bound));
        if (root is not null && IsCreatedSize(root, count))
        {
            return true;
        }

        switch (count)
        {
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength", Instance: { } instance }:
                // batch[r].Logits.Length bounding a walk of another buffer: one request's slot of it (PickedLengths.cs).
                return IsWholeLength(instance) && !IsPickedLengthOfAnotherBuffer(instance, loop, root);
            // rows * cols, not (r + 1) * cols: a product that moves with a loop ends at a row's end (a prefix or one row).
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return (!Unwrap(product.LeftOperand)!.ConstantValue.HasValue || !Unwrap(product.RightOperand)!.ConstantValue.HasValue) && IsWholeProduct(product);
            case ILocalReferenceOperation or IArrayElementReferenceOperation when IsSlotLengthTotal(count):
                // used = batch.Sum(r => r.Logits.Length): every slot written at running offsets (SlotTotals.cs).
                return true;
            case ILocalReferenceOperation local when WritesOf(local.Local) is { Count: 1 } writes && writes[0].Value is { } value:
                return Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } && IsWholeProduct(value)
                    || Unwrap(value) is IPropertyReferenceOperation { Property.Name: "Length", Instance: { } lengthOf } && IsWholeLength(lengthOf)
                        && !IsPickedLengthOfAnotherBuffer(lengthOf, loop, root);
            default:
                return false;
        }
    }

    /// <summary>The bound a <c>for</c> or <c>while</c> condition compares its variable with (<c>n</c> of <c>i &lt; n</c>), or an unconditioned loop's break guard; null otherwise.</summary>
    private static IOperation? ConditionBound(IOperation loop)
    {
        var test = loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            _ => null,
        };
        if (Unwrap(test) is not IBinaryOperation condition)
        {
            // for (;;) { if (k >= B) break; … }: B (UnconditionedLoops.cs).
            return BreakGuardBound(loop);
        }

        return Unwrap(condition.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.NotEquals
            ? condition.RightOperand
            : condition.LeftOperand);
    }

    /// <summary>
    /// <c>for (c = 0; c &lt; candidates; c++)</c> (or any walk to that count) over <c>p = new double[candidates]</c>: the
    /// count is the very size the flat buffer was created with, by its one creation, so the walk covers all of it. The
    /// size may be spelled differently at the two places (<c>new double[x.GetLength(1)]</c> walked to <c>k</c>, with
    /// <c>k = x.GetLength(1)</c>): a row copied out of a matrix by a helper is then one axis, however it is walked.
    /// </summary>
    private bool IsCreatedSize(ISymbol root, IOperation? count) =>
        root is ILocalSymbol && count is not null && WritesOf(root) is { Count: 1 } writes
        && Unwrap(writes[0].Value) is IArrayCreationOperation { DimensionSizes.Length: 1 } creation
        && SameSize(creation.DimensionSizes[0], count);

    /// <summary>
    /// Two spellings of one size: the same variable, or the same length of the same array (<c>x.GetLength(1)</c>,
    /// <c>row.Length</c>), directly or through locals assigned once outside any loop that steps them.
    /// </summary>
    private bool SameSize(IOperation first, IOperation second)
    {
        if (VariableOf(first) is { } size && SymbolEqualityComparer.Default.Equals(VariableOf(second), size))
        {
            return true;
        }

        return (SizeDefinition(first, 0), SizeDefinition(second, 0)) switch
        {
            (IInvocationOperation { TargetMethod.Name: "GetLength", Instance: { } one, Arguments: [{ Value.ConstantValue: { HasValue: true } rank }] },
             IInvocationOperation { TargetMethod.Name: "GetLength", Instance: { } other, Arguments: [{ Value.ConstantValue: { HasValue: true } otherRank }] }) =>
                Equals(rank.Value, otherRank.Value) && VariableOf(one) is { } array && SymbolEqualityComparer.Default.Equals(VariableOf(other), array),
            (IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } one },
             IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } other }) =>
                VariableOf(one) is { } buffer && SymbolEqualityComparer.Default.Equals(VariableOf(other), buffer),
            _ => false,
        };
    }

    /// <summary>What a size is defined as: a local assigned once (not a loop variable) stands for its value.</summary>
    private IOperation? SizeDefinition(IOperation? size, int depth)
    {
        size = Unwrap(size);
        return size is ILocalReferenceOperation { Local: var local } reference && depth < MaxAliasDepth && InductionLoop(local, reference) is null
            && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value
                ? SizeDefinition(value, depth + 1)
                : size;
    }
}
