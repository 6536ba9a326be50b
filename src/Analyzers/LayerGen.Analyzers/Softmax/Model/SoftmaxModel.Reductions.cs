using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Max and sum reductions: what they fold, over which loops they accumulate, where they are reset.</summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxAliasDepth = 4;
    private int _aliasDepth;

    /// <summary>
    /// The max or sum <paramref name="reference"/> reads, as seen from <paramref name="use"/>: a variable
    /// (<c>m</c>), an element of a per-slice array (<c>rowMax[i]</c>), or an inline call (<c>x[i].Max()</c>).
    /// </summary>
    public Reduction? ReductionAt(IOperation? reference, IOperation use)
    {
        reference = Unwrap(reference);
        if (reference is null || _aliasDepth > MaxAliasDepth)
        {
            return null;
        }

        _aliasDepth++;
        try
        {
            switch (reference)
            {
                case IInvocationOperation invocation when WholeReduction(invocation) is { } whole:
                    return new Reduction(whole.Kind, invocation.Syntax.ToString(), whole.Atoms, whole.FoldsOr(invocation), whole.Elements, false, whole.StaleAtoms, isInline: true);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when Unwrap(add.RightOperand)!.ConstantValue.HasValue:
                    return ReductionAt(add.LeftOperand, use);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ExplicitSumTerms(add) is { } terms:
                    return ExplicitSum(add, terms);
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                case { Kind: OperationKind.None } or IInvocationOperation when PointerElement(reference) is not null:
                    return RootOf(reference) is { } root ? TargetReduction(root, elementTarget: true, use) : null;
                default:
                    return VariableOf(reference) is { } symbol ? TargetReduction(symbol, elementTarget: false, use) : null;
            }
        }
        finally
        {
            _aliasDepth--;
        }
    }

    /// <summary>The <c>ea + eb</c> additions read as sums of a few scalar exps (a softmax of scalars), with their terms.</summary>
    private readonly Dictionary<IOperation, List<IOperation>> _explicitSums = new();

    /// <summary>
    /// <c>ea + eb (+ ec …)</c>: two or more terms, each an exp call or a local assigned only exp calls, none inside a
    /// loop's dimensions — the denominator of a softmax over a few scalars. Null for anything else (<c>1 + e</c> is a
    /// sigmoid's denominator, <c>a + b * e</c> arithmetic that merely uses an exp).
    /// </summary>
    private List<IOperation>? ExplicitSumTerms(IBinaryOperation add)
    {
        var terms = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(add);
        while (pending.Count > 0)
        {
            var term = Unwrap(pending.Pop())!;
            if (term is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner)
            {
                pending.Push(inner.RightOperand);
                pending.Push(inner.LeftOperand);
                continue;
            }

            if (terms.Count > 16 || !IsExpValue(term) || Eval(term) is { Exps.Count: 0 } or { Dims.Count: > 0 })
            {
                return null;
            }

            terms.Add(term);
        }

        return terms.Count >= 2 ? terms : null;
    }

    /// <summary>An exp call (<c>Math.Exp(a)</c>, an exp helper), or a local every write of which assigns one.</summary>
    private bool IsExpValue(IOperation term)
    {
        term = Unwrap(term)!;
        if (VariableOf(term) is ILocalSymbol local)
        {
            var writes = WritesOf(local);
            return writes.Count > 0 && writes.All(write => write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
                && ExpOperand(Unwrap(write.Value)) is not null);
        }

        return ExpOperand(term) is not null;
    }

    /// <summary>The terms of the written-out sum <paramref name="divisor"/> reads (itself, or a local assigned it once), or null.</summary>
    private List<IOperation>? ExplicitSumTermsOf(IOperation divisor)
    {
        var sum = Unwrap(divisor);
        if (VariableOf(sum) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes)
        {
            sum = Unwrap(writes[0].Value);
        }

        return sum is not null && _explicitSums.TryGetValue(sum, out var terms) ? terms : null;
    }

    private Reduction ExplicitSum(IBinaryOperation add, List<IOperation> terms)
    {
        _explicitSums[add] = terms;
        var elements = ValueFacts.Empty;
        foreach (var term in terms)
        {
            elements = elements.Merge(Eval(term));
        }

        // The name without comments or line breaks: ea + eb.
        var name = string.Join(" + ", terms.Select(term => Compact(term.Syntax.ToString())));
        return new Reduction(ReductionKind.Sum, name, ImmutableHashSet<DimensionAtom>.Empty, ImmutableArray.Create<IOperation>(add), elements.WithoutDims(), false, ImmutableHashSet<DimensionAtom>.Empty, isInline: true);
    }

    private readonly Dictionary<object, bool> _sumOfExpsCache = new();
    private readonly Dictionary<(IOperation Write, IOperation Loop), bool> _carriesCache = new();

    /// <summary>True when <paramref name="divisor"/> reads a sum of exps.</summary>
    private bool IsSumOfExps(IOperation? divisor)
    {
        if (divisor is null)
        {
            return false;
        }

        // Whether a variable is a sum of exps does not depend on where it is read: one answer per variable.
        object key = VariableOf(divisor) is { } variable ? variable : divisor;
        if (!_sumOfExpsCache.TryGetValue(key, out var known))
        {
            known = ReductionAt(divisor, divisor) is { Kind: ReductionKind.Sum } sum && sum.Elements.Exps.Count > 0;
            _sumOfExpsCache[key] = known;
        }

        return known;
    }

    /// <summary><c>1 / s</c> (or a local holding it) with <c>s</c> a sum of exps.</summary>
    private bool IsReciprocalOfSum(IOperation? operation) => ReciprocalDivisor(operation) is { } divisor && IsSumOfExps(divisor);

    /// <summary>A literal or constant (<c>1f</c>, <c>1.0</c>), or generic math's <c>T.One</c>.</summary>
    private static bool IsConstantNumerator(IOperation operation) =>
        Unwrap(operation) is { } numerator
        && (numerator.ConstantValue.HasValue || numerator is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "One" }, Instance: null });

    private IOperation? ReciprocalDivisor(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide && IsConstantNumerator(divide.LeftOperand))
        {
            return divide.RightOperand;
        }

        // s = 1f / s; … e * s: the sum's variable is turned into its own reciprocal.
        if (VariableOf(operation) is ILocalSymbol reused
            && WritesOf(reused).Any(write => Unwrap(write.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } inverse
                && IsConstantNumerator(inverse.LeftOperand) && References(inverse.RightOperand, reused)))
        {
            return operation;
        }

        if (VariableOf(operation) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value
            && Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } definition && IsConstantNumerator(definition.LeftOperand))
        {
            return definition.RightOperand;
        }

        return null;
    }

    /// <summary>True when some write folds values into <paramref name="symbol"/>.</summary>
    private bool IsAccumulator(ISymbol symbol)
    {
        if (!_accumulatorCache.TryGetValue(symbol, out var known))
        {
            known = WritesOf(symbol).Any(write => Accumulation(symbol, write.Operation, write.Value) is not null);
            _accumulatorCache[symbol] = known;
        }

        return known;
    }

    private readonly Dictionary<ISymbol, bool> _accumulatorCache = new(SymbolEqualityComparer.Default);

    private Reduction? TargetReduction(ISymbol target, bool elementTarget, IOperation use)
    {
        var writes = elementTarget
            ? _elementWrites.Where(write => SymbolEqualityComparer.Default.Equals(RootOf(write.Target), target)).Select(write => (write.Operation, write.Value, (IOperation?)write.Target)).ToList()
            : WritesOf(target).Select(write => (write.Operation, write.Value, write.Target)).ToList();
        var accumulations = new List<(IOperation Write, ReductionKind Kind, IOperation Value, IOperation? Target)>();
        var wholeDefinitions = new List<(IOperation Write, IInvocationOperation Call, WholeReductionInfo Info)>();
        var resets = new List<IOperation>();
        foreach (var (write, value, elementReference) in writes)
        {
            if (!elementTarget && IsRescale(target, write, value))
            {
                continue;
            }

            // A scalar folded outside any loop (la = la + c * r, once) sums nothing over a slice: a plain write.
            if (Accumulation(target, write, value) is { } accumulation && (elementTarget || EnclosingLoop(write) is not null || InsideLambdaOrLocalFunction(write)))
            {
                accumulations.Add((accumulation.Write, accumulation.Kind, accumulation.Value, elementReference));
                continue;
            }

            resets.Add(write);
            if (Unwrap(value) is IInvocationOperation call && WholeReduction(call) is { } info)
            {
                wholeDefinitions.Add((write, call, info));
            }
            else if (write is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation helper } && CalleeOutMax(helper, parameter) is { } outInfo)
            {
                // BufferMax(x, out float max)
                wholeDefinitions.Add((write, helper, outInfo));
            }
        }

        if (!elementTarget)
        {
            resets.AddRange(RescaleClears(target));
        }

        // Reset(): a local function that resets a captured accumulator resets it where it is called.
        foreach (var call in Invocations())
        {
            if (call.TargetMethod.MethodKind == MethodKind.LocalFunction
                && _operations.OfType<ILocalFunctionOperation>().FirstOrDefault(function => SymbolEqualityComparer.Default.Equals(function.Symbol, call.TargetMethod.OriginalDefinition)) is { } function
                && resets.Any(reset => Contains(function, reset)) && !accumulations.Any(accumulation => Contains(function, accumulation.Write)))
            {
                resets.Add(call);
            }
        }

        if (!elementTarget && target is IFieldSymbol field)
        {
            // FindLargest(batch) stores the max in a field of the type.
            foreach (var call in Invocations())
            {
                if (CalleeFieldMax(call, field) is { } fieldInfo)
                {
                    resets.Add(call);
                    wholeDefinitions.Add((call, call, fieldInfo));
                }
            }
        }

        if (accumulations.Count == 0 && wholeDefinitions.Count == 0)
        {
            // An alias: float m = rowMax[i]; float s = total;
            if (!elementTarget)
            {
                return writes.Count == 1 && writes[0].Value is { } alias && !Contains(alias, use) ? ReductionAt(alias, use) : null;
            }

            // maxes[y * axis + c] = maxV, once, in the loop that folded the local: the array keeps each slice's fold,
            // so the fold is read where it is copied (not where the array is read).
            return writes.Count == 1 && writes[0].Value is { } copy && VariableOf(Unwrap(copy)) is ILocalSymbol
                && EnclosingLoop(writes[0].Operation) is not null && !Contains(copy, use)
                ? ReductionAt(copy, writes[0].Operation)
                : null;
        }

        var kinds = accumulations.Select(a => a.Kind).Concat(wholeDefinitions.Select(w => w.Info.Kind)).Distinct().ToList();
        if (kinds.Count != 1)
        {
            return null;
        }

        var parts = new List<Reduction>();
        foreach (var accumulation in accumulations)
        {
            parts.Add(AccumulationReduction(target, kinds[0], accumulation.Write, accumulation.Value, accumulation.Target, resets, use));
        }

        foreach (var definition in wholeDefinitions)
        {
            var stale = definition.Info.StaleAtoms;
            foreach (var loop in EnclosingLoops(definition.Write))
            {
                if (!Contains(loop, use) && definition.Info.FixedDims.TryGetValue(loop, out var atoms))
                {
                    stale = stale.Union(atoms);
                }
            }

            parts.Add(new Reduction(kinds[0], target.Name, definition.Info.Atoms, definition.Info.FoldsOr(definition.Call), definition.Info.Elements, false, stale, isInline: false));
        }

        return Reduction.Combine(parts);
    }

    private Reduction AccumulationReduction(
        ISymbol target, ReductionKind kind, IOperation write, IOperation value, IOperation? elementReference, List<IOperation> resets, IOperation use)
    {
        var facts = Eval(value);
        var keyed = elementReference is null ? new HashSet<IOperation>() : new HashSet<IOperation>(ElementDims(elementReference).Keys);
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var stale = ImmutableHashSet<DimensionAtom>.Empty;
        var extents = ImmutableDictionary<DimensionAtom, string>.Empty;
        var unbounded = new HashSet<DimensionAtom>();
        var partial = false;
        IOperation? inner = null;
        foreach (var loop in EnclosingLoops(write))
        {
            var carried = !keyed.Contains(loop) && CachedCarries(target, write, loop, inner, resets);
            if (facts.Dims.TryGetValue(loop, out var loopAtoms))
            {
                if (carried)
                {
                    atoms = atoms.Union(loopAtoms);
                    var extent = LoopExtent(loop);
                    foreach (var atom in loopAtoms)
                    {
                        if (extent is null || (extents.TryGetValue(atom, out var other) && other != extent))
                        {
                            unbounded.Add(atom);
                        }
                        else
                        {
                            extents = extents.SetItem(atom, extent);
                        }
                    }
                }
                else if (!keyed.Contains(loop) && !Contains(loop, use))
                {
                    stale = stale.Union(loopAtoms);
                }
            }

            partial |= carried && Contains(loop, use) && !Contains(write, use);
            inner = loop;
        }

        if (Unwrap(value) is IInvocationOperation call && WholeReduction(call) is { } nested)
        {
            atoms = atoms.Union(nested.Atoms);
            unbounded.UnionWith(nested.Atoms);
        }

        // m = Max(m, x[0, j]): a dimension pinned by a constant index is one slice's value, whatever reads it.
        stale = stale.Union(PinnedAtoms(value));

        var fold = FoldStatement(write);
        return new Reduction(kind, target.Name, atoms, ImmutableArray.Create(fold), facts.WithoutDims(), partial, stale, isInline: false, extents.RemoveRange(unbounded));
    }

    /// <summary>Dimensions an element read fixes with a constant index (<c>x[0, j]</c>, <c>x[0][j]</c>).</summary>
    private ImmutableHashSet<DimensionAtom> PinnedAtoms(IOperation? value)
    {
        var pinned = ImmutableHashSet<DimensionAtom>.Empty;
        switch (Unwrap(value))
        {
            case IArrayElementReferenceOperation { Indices.Length: > 1 } rectangular when EvalView(rectangular.ArrayReference) is { Root: { } root, Layout: BufferLayout.Rectangular }:
                for (var position = 0; position < rectangular.Indices.Length; position++)
                {
                    if (Unwrap(rectangular.Indices[position])!.ConstantValue.HasValue)
                    {
                        pinned = pinned.Add(DimensionAtom.Rank(root, position));
                    }
                }

                break;
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: IArrayElementReferenceOperation row } when Unwrap(row.Indices[0])!.ConstantValue.HasValue
                && EvalView(row.ArrayReference) is { Root: { } jagged, Layout: BufferLayout.Jagged } view:
                pinned = pinned.Add(DimensionAtom.Depth(jagged, view.Consumed));
                break;
        }

        return pinned;
    }

    private bool CachedCarries(ISymbol target, IOperation write, IOperation loop, IOperation? inner, List<IOperation> resets)
    {
        if (!_carriesCache.TryGetValue((write, loop), out var carried))
        {
            carried = Carries(target, write, loop, inner, resets);
            _carriesCache[(write, loop)] = carried;
        }

        return carried;
    }

    /// <summary>True when a value folded at <paramref name="write"/> survives into the next iteration of <paramref name="loop"/>.</summary>
    private bool Carries(ISymbol target, IOperation write, IOperation loop, IOperation? inner, List<IOperation> resets)
    {
        // A local declared in the loop's body is a new variable every iteration (also when a lambda in the loop writes it).
        var body = loop switch
        {
            ILoopOperation statement => statement.Body,
            IAnonymousFunctionOperation function => function.Body,
            _ => null,
        };
        if (target is ILocalSymbol declared && body is not null
            && declared.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == body.Syntax.SyntaxTree && body.Syntax.Span.Contains(reference.Span)))
        {
            return false;
        }

        if (loop is IAnonymousFunctionOperation lambda)
        {
            return Flow.IsEmpty ? !resets.Any(reset => Contains(lambda, reset)) : Flow.CarriesAcrossCalls(write, resets);
        }

        if (Flow.IsEmpty)
        {
            return !resets.Any(reset => Contains(loop, reset));
        }

        return Flow.CarriesAcross(write, loop, inner, resets);
    }

    /// <summary>The statement reported for a fold: the <c>if</c> of <c>if (v &gt; m) m = v;</c>, else the assignment.</summary>
    private static IOperation FoldStatement(IOperation write)
    {
        var parent = write.Parent is IExpressionStatementOperation statement ? statement.Parent : null;
        if (parent is IBlockOperation block)
        {
            parent = block.Parent;
        }

        return parent is IConditionalOperation { Type: null } conditional && Contains(conditional.WhenTrue, write) ? conditional : write;
    }

    /// <summary>
    /// Classifies a write of <paramref name="target"/> as a fold: <c>s += v</c>, <c>s = s + v</c>,
    /// <c>m = Math.Max(m, v)</c>, <c>m = v &gt; m ? v : m</c>, <c>if (v &gt; m) m = v;</c>.
    /// </summary>
    private (IOperation Write, ReductionKind Kind, IOperation Value)? Accumulation(ISymbol target, IOperation write, IOperation? value)
    {
        if (write is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound)
        {
            return (write, ReductionKind.Sum, compound.Value);
        }

        if (write is not ISimpleAssignmentOperation assignment || value is null)
        {
            return null;
        }

        switch (Unwrap(value))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                // s = s + v, and the online softmax's s = s * exp(mOld - mNew) + v (the sum so far rescaled, then added to).
                if (ReadsTarget(add.LeftOperand, target) || IsRescaled(add.LeftOperand, target))
                {
                    return (write, ReductionKind.Sum, add.RightOperand);
                }

                return ReadsTarget(add.RightOperand, target) || IsRescaled(add.RightOperand, target) ? (write, ReductionKind.Sum, add.LeftOperand) : null;
            case IInvocationOperation { Arguments.Length: 2 } call when Symbols.IsScalarMax(call.TargetMethod):
                if (ReadsTarget(call.Arguments[0].Value, target))
                {
                    return (write, ReductionKind.Max, call.Arguments[1].Value);
                }

                return ReadsTarget(call.Arguments[1].Value, target) ? (write, ReductionKind.Max, call.Arguments[0].Value) : null;
            case IConditionalOperation { WhenFalse: { } whenFalse } ternary when Compare(ternary.Condition, target) is { } comparison:
                var keepsLarger = comparison.ValueIsLarger ? ReadsTarget(whenFalse, target) : ReadsTarget(ternary.WhenTrue, target);
                return keepsLarger ? (write, ReductionKind.Max, comparison.Value) : null;
            default:
                var statement = FoldStatement(assignment);
                return statement is IConditionalOperation conditional && Compare(conditional.Condition, target) is { ValueIsLarger: true } guard
                    ? (write, ReductionKind.Max, guard.Value)
                    : null;
        }
    }

    /// <summary>
    /// <c>s * exp(mOld - mNew)</c> (either order, or <c>s * scale</c> with <c>scale</c> a local holding such an exp): the
    /// running sum of an online softmax moved to a new maximum. Only an exp factor counts; <c>s * 0.9f</c> is a decay.
    /// </summary>
    private bool IsRescaled(IOperation? operation, ISymbol target) => RescaleFactor(operation, target) is not null;

    /// <summary>The exp factor of <c>s * exp(mOld - mNew)</c> (either order), or null.</summary>
    private IOperation? RescaleFactor(IOperation? operation, ISymbol target)
    {
        if (Unwrap(operation) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            return null;
        }

        if (ReadsTarget(product.LeftOperand, target) && IsExpFactor(product.RightOperand, target))
        {
            return product.RightOperand;
        }

        return ReadsTarget(product.RightOperand, target) && IsExpFactor(product.LeftOperand, target) ? product.LeftOperand : null;
    }

    /// <summary>
    /// Where an online softmax's running maximum restarts at −∞ (or <c>MinValue</c>): the next rescale of its sum,
    /// <c>s * exp(mOld - mNew)</c>, multiplies by <c>exp(−∞) = 0</c>, so such a restart resets the sum too.
    /// </summary>
    private IEnumerable<IOperation> RescaleClears(ISymbol target)
    {
        foreach (var write in WritesOf(target))
        {
            var factor = write.Operation switch
            {
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply } compound when IsExpFactor(compound.Value, target) => compound.Value,
                ISimpleAssignmentOperation => Unwrap(write.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
                    ? RescaleFactor(add.LeftOperand, target) ?? RescaleFactor(add.RightOperand, target)
                    : RescaleFactor(write.Value, target),
                _ => null,
            };
            if (factor is null)
            {
                continue;
            }

            factor = SingleDefinition(factor);

            if (factor is not IInvocationOperation exp || (ExpOperand(exp) ?? (exp.Arguments.Length == 1 ? exp.Arguments[0].Value : null)) is not { } exponent
                || SingleDefinition(exponent) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                || VariableOf(difference.LeftOperand) is not ILocalSymbol old)
            {
                continue;
            }

            foreach (var start in WritesOf(old))
            {
                if (start.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
                    && Unwrap(start.Value) is { ConstantValue: { HasValue: true, Value: { } value } } && IsVanishingStart(value))
                {
                    yield return start.Operation;
                }
            }
        }
    }

    /// <summary>The value itself, or what a local assigned once holds (<c>var d = mOld - mNew; exp(d)</c> reads <c>mOld - mNew</c>).</summary>
    private IOperation? SingleDefinition(IOperation? operation)
    {
        operation = Unwrap(operation);
        return VariableOf(operation) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes ? Unwrap(writes[0].Value) : operation;
    }

    /// <summary>−∞ or a huge negative sentinel (<c>MinValue</c>, −1e30): exp of it minus any value is 0.</summary>
    private static bool IsVanishingStart(object value)
    {
        try
        {
            var number = System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            return double.IsNegativeInfinity(number) || number <= -1e30;
        }
        catch (System.Exception exception) when (exception is System.InvalidCastException or System.FormatException or System.OverflowException)
        {
            return false;
        }
    }

    /// <summary>A write that rescales an online softmax's running sum in place (<c>s *= exp(mOld - mNew)</c>, <c>s = s * scale</c>): neither a fold nor a reset.</summary>
    private bool IsRescale(ISymbol target, IOperation write, IOperation? value) => write switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply } compound => IsExpFactor(compound.Value, target),
        ISimpleAssignmentOperation => IsRescaled(value, target),
        _ => false,
    };

    /// <summary>An exp call (or a local assigned once from one) that does not read <paramref name="target"/>: checked on syntax and symbols only, no value facts.</summary>
    private bool IsExpFactor(IOperation? operation, ISymbol target)
    {
        var factor = Unwrap(operation);
        if (VariableOf(factor) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes)
        {
            factor = Unwrap(writes[0].Value);
        }

        return factor is IInvocationOperation call && (Symbols.IsExp(call.TargetMethod) || Symbols.IsPow(call.TargetMethod)) && ExpOperand(call) is { } exponent
            && !exponent.DescendantsAndSelf().Any(read => References(read, target));
    }

    private bool ReadsTarget(IOperation? operation, ISymbol target) =>
        References(operation, target) || (IsElementAccess(Unwrap(operation)!) && SymbolEqualityComparer.Default.Equals(RootOf(operation!), target));

    /// <summary>Splits <c>v &gt; m</c> / <c>m &lt; v</c> into v and whether the condition says v is the larger.</summary>
    private (IOperation Value, bool ValueIsLarger)? Compare(IOperation? condition, ISymbol target)
    {
        if (Unwrap(condition) is not IBinaryOperation binary)
        {
            return null;
        }

        var greater = binary.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        var less = binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        if (!greater && !less)
        {
            return null;
        }

        if (ReadsTarget(binary.RightOperand, target))
        {
            return (binary.LeftOperand, greater);
        }

        return ReadsTarget(binary.LeftOperand, target) ? (binary.RightOperand, less) : null;
    }

    private ReductionKind? WholeReductionKind(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (Symbols.IsEnumerable(method, "Max") || (Symbols.IsTensorLibrary(method, "Max") && invocation.Arguments.Length == 1))
        {
            return ReductionKind.Max;
        }

        if (Symbols.IsEnumerable(method, "Sum") || (Symbols.IsTensorLibrary(method, "Sum") && invocation.Arguments.Length == 1))
        {
            return ReductionKind.Sum;
        }

        return null;
    }

    /// <summary>
    /// <c>x.Aggregate(seed, Math.Max)</c>, <c>x.Aggregate(seed, (m, v) =&gt; Math.Max(m, f(v)))</c>, <c>(s, v) =&gt; s + f(v)</c>,
    /// <c>(a, b) =&gt; a &gt; b ? a : b</c>, with or without a seed: a max or sum fold, with what it folds per element
    /// (null: the element itself).
    /// </summary>
    private (ReductionKind Kind, IOperation? Folded)? AggregateFold(IInvocationOperation invocation)
    {
        if (!Symbols.IsEnumerable(invocation.TargetMethod, "Aggregate") || invocation.Arguments.Length is not (2 or 3))
        {
            return null;
        }

        var func = Unwrap(invocation.Arguments[invocation.Arguments.Length - 1].Value);
        while (func is IDelegateCreationOperation creation)
        {
            func = Unwrap(creation.Target);
        }

        if (func is IMethodReferenceOperation reference)
        {
            return Symbols.IsScalarMax(reference.Method) ? (ReductionKind.Max, null) : null;
        }

        if (func is not IAnonymousFunctionOperation { Symbol.Parameters.Length: 2 } lambda
            || lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
        {
            return null;
        }

        var accumulator = lambda.Symbol.Parameters[0];
        bool IsAccumulator(IOperation operand) => Unwrap(operand) is IParameterReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Parameter, accumulator);
        IOperation? Other(IOperation left, IOperation right) =>
            IsAccumulator(left) && !References(right, accumulator) ? right : IsAccumulator(right) && !References(left, accumulator) ? left : null;
        switch (Unwrap(returned))
        {
            case IInvocationOperation { Arguments.Length: 2 } max when Symbols.IsScalarMax(max.TargetMethod)
                && Other(max.Arguments[0].Value, max.Arguments[1].Value) is { } folded:
                return (ReductionKind.Max, folded);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when Other(add.LeftOperand, add.RightOperand) is { } added:
                return (ReductionKind.Sum, added);
            case IConditionalOperation { Condition: IBinaryOperation comparison, WhenFalse: { } whenFalse } ternary
                when comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                && Other(comparison.LeftOperand, comparison.RightOperand) is { } compared:
                // a > b ? a : b keeps the larger: a max.
                var greater = comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
                var (larger, smaller) = greater ? (comparison.LeftOperand, comparison.RightOperand) : (comparison.RightOperand, comparison.LeftOperand);
                return SameValue(ternary.WhenTrue, larger) && SameValue(whenFalse, smaller) ? (ReductionKind.Max, compared) : null;
            default:
                return null;
        }
    }

    /// <summary><c>x.Max()</c>, <c>x.Sum(sel)</c>, <c>x.Max(r =&gt; r.Max())</c>, <c>TensorPrimitives.Sum(row)</c>: one call folding a view.</summary>
    private WholeReductionInfo? WholeReduction(IInvocationOperation invocation)
    {
        if (AggregateFold(invocation) is { } aggregate)
        {
            return AggregateReduction(invocation, aggregate.Kind, aggregate.Folded);
        }

        if (WholeReductionKind(invocation) is not { } kind)
        {
            return CalleeReturnedReduction(invocation);
        }

        var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (EvalView(receiver) is not { } view)
        {
            return null;
        }

        var lambda = LambdaArgument(invocation);
        ImmutableHashSet<DimensionAtom> atoms;
        ValueFacts elements;
        if (lambda is not null)
        {
            atoms = view.IteratedAtoms(all: view.Flattened || view.Layout == BufferLayout.Rectangular);
            elements = ReturnedFacts(lambda);

            // Enumerable.Range(0, n).Sum(i => e[i, j]): the lambda's index is a loop; it folds the dimensions it indexes.
            var indexRange = view is { Layout: BufferLayout.Sequence, Root: null, Source: null }
                && lambda.Symbol.Parameters.Length == 1
                && IndexParameterLoop(lambda.Symbol.Parameters[0]) == lambda;
            if (indexRange && elements.Dims.TryGetValue(lambda, out var indexed))
            {
                atoms = atoms.Union(indexed);
            }
            foreach (var nested in lambda.Body.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (nested != invocation && WholeReduction(nested) is { } inner && inner.Kind == kind)
                {
                    // x.Sum(row => row.Sum()): a fold of folds folds their elements too.
                    atoms = atoms.Union(inner.Atoms);
                    elements = elements.Merge(inner.Elements);

                    // Range(0, rows).Sum(i => Range(0, cols).Sum(j => e[i, j])): the inner fold's elements also vary with i.
                    if (indexRange && LambdaArgument(nested) is { } innerLambda && ReturnedFacts(innerLambda).Dims.TryGetValue(lambda, out var viaInner))
                    {
                        atoms = atoms.Union(viaInner);
                        elements = elements.Merge(inner.Elements);
                    }
                }
            }
        }
        else
        {
            atoms = view.IteratedAtoms(all: true);
            elements = IteratedElement(view, invocation) ?? ValueFacts.Empty;
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        return new WholeReductionInfo(kind, atoms, elements.WithoutDims(), view.FixedDims);
    }

    /// <summary>An <c>Aggregate</c> fold: like <c>x.Max(v =&gt; folded)</c>, with nested folds of the same kind (<c>row.Max()</c>) widening it.</summary>
    private WholeReductionInfo? AggregateReduction(IInvocationOperation invocation, ReductionKind kind, IOperation? folded)
    {
        if (EvalView(invocation.Arguments[0].Value) is not { } view)
        {
            return null;
        }

        var atoms = view.IteratedAtoms(all: folded is null || view.Flattened || view.Layout == BufferLayout.Rectangular);
        var elements = folded is null ? IteratedElement(view, invocation) ?? ValueFacts.Empty : Eval(folded);
        if (folded is not null)
        {
            foreach (var nested in folded.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (WholeReduction(nested) is { } inner && inner.Kind == kind)
                {
                    atoms = atoms.Union(inner.Atoms);
                    elements = elements.Merge(inner.Elements);
                }
            }
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        return new WholeReductionInfo(kind, atoms, elements.WithoutDims(), view.FixedDims);
    }

    private sealed class WholeReductionInfo
    {
        public WholeReductionInfo(
            ReductionKind kind,
            ImmutableHashSet<DimensionAtom> atoms,
            ValueFacts elements,
            ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims,
            ImmutableArray<IOperation> folds = default,
            ImmutableHashSet<DimensionAtom>? staleAtoms = null)
        {
            Kind = kind;
            Atoms = atoms;
            Elements = elements;
            FixedDims = fixedDims;
            Folds = folds;
            StaleAtoms = staleAtoms ?? ImmutableHashSet<DimensionAtom>.Empty;
        }

        public ReductionKind Kind { get; }

        public ImmutableHashSet<DimensionAtom> Atoms { get; }

        public ValueFacts Elements { get; }

        /// <summary>Loops that picked the folded view (<c>i</c> in <c>x[i].Max()</c>).</summary>
        public ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> FixedDims { get; }

        /// <summary>For a helper's max, the helper's fold statements; default for a call that folds by itself.</summary>
        public ImmutableArray<IOperation> Folds { get; }

        /// <summary>For a helper's max, the dimensions the helper computed it for one slice of.</summary>
        public ImmutableHashSet<DimensionAtom> StaleAtoms { get; }

        /// <summary>The fold statements, or <paramref name="call"/> when the call folds by itself.</summary>
        public ImmutableArray<IOperation> FoldsOr(IOperation call) => Folds.IsDefault ? ImmutableArray.Create(call) : Folds;
    }
}
