using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Shifts made one call away, by a method of the same type declared in the same file: <c>double[] s = Shift(x)</c>
/// (the helper returns a new buffer whose elements it wrote as <c>x[j] - m</c>, or shifted in place). The caller's
/// buffer then holds shifted values, and the call stands for the shift (a helper shifting a buffer parameter in place,
/// <c>SubtractMax(row)</c>, is <see cref="HelperSummary.ShiftedParameters"/>). Which maximum the helper subtracted is not followed
/// (a too-wide maximum inside such a helper is not reported), only that it subtracted something that is not a constant.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int ReturnedBuffer = -1;

    private readonly Dictionary<ISymbol, ValueFacts> _helperShifts = new(SymbolEqualityComparer.Default);

    /// <summary>The shifts same-type helpers made to the elements of <paramref name="root"/>; empty when none did.</summary>
    private ValueFacts HelperShiftedContent(ISymbol root)
    {
        if (_helperShifts.TryGetValue(root, out var known))
        {
            return known;
        }

        _helperShifts[root] = ValueFacts.Empty;
        var facts = ValueFacts.Empty;
        foreach (var write in WritesOf(root))
        {
            if (Unwrap(write.Value) is IInvocationOperation call && ShiftedBy(call).Contains(ReturnedBuffer))
            {
                facts = facts.With(shifts: facts.Shifts.Add(call));
            }
        }

        _helperShifts[root] = facts;
        return facts;
    }

    /// <summary>The buffers <paramref name="call"/>'s target shifts (see <see cref="ReturnedBuffer"/>); empty for any other call.</summary>
    private ImmutableHashSet<int> ShiftedBy(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (!WellKnownSymbols.IsBuffer(method.ReturnType) || !IsSameTypeHelper(call, method))
        {
            return ImmutableHashSet<int>.Empty;
        }

        return Symbols.ShiftHelpers.GetOrAdd(method, BuildShiftedBuffers);
    }

    /// <summary>
    /// The returned buffer (when every <c>return</c> of the method returns a local whose elements the method wrote shifted, in
    /// its own loops or in a lambda's) and the
    /// buffer parameters whose elements the method shifts in place.
    /// </summary>
    private ImmutableHashSet<int> BuildShiftedBuffers(IMethodSymbol method)
    {
        var result = ImmutableHashSet<int>.Empty;
        if (SourceModel is not { } semanticModel
            || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax syntax
            || semanticModel.GetOperation(syntax, _cancellationToken) is not IMethodBodyOperation body)
        {
            return result;
        }

        var operations = body.Descendants().ToList();
        var shifted = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in operations)
        {
            var (target, isShift) = operation switch
            {
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } compound => (compound.Target, !IsFixedValue(compound.Value)),
                ISimpleAssignmentOperation simple => (simple.Target, Unwrap(simple.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract
                    && IsElementAccess(Unwrap(subtract.LeftOperand)!) && !IsFixedValue(subtract.RightOperand)),
                _ => (null, false),
            };
            var array = Unwrap(target) switch
            {
                IArrayElementReferenceOperation element => element.ArrayReference,
                IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => instance,
                _ => null,
            };
            if (isShift && VariableOf(array) is { } buffer)
            {
                shifted.Add(buffer);
            }
        }

        // The method's own returns: a lambda's (Parallel.For(0, n, j => { ... })) ends in an implicit return of nothing.
        var returned = operations.OfType<IReturnOperation>().Where(ret => OwningFunction(ret, body) is null).Select(ret => VariableOf(Unwrap(ret.ReturnedValue))).ToList();
        if (returned.Count > 0 && returned.All(local => local is ILocalSymbol && shifted.Contains(local)))
        {
            result = result.Add(ReturnedBuffer);
        }

        return result;
    }

    /// <summary>
    /// True for a value that is one number whatever the data: a constant, a product with a constant zero factor
    /// (<c>0f * t</c>: a scaling written as <c>v / t - 0f * t</c> shifts by 0), or arithmetic of such values.
    /// </summary>
    private static bool IsFixedValue(IOperation? value)
    {
        value = Unwrap(value);
        return value switch
        {
            null => false,
            { ConstantValue.HasValue: true } => true,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product => ConstantOf(product.LeftOperand) is 0 || ConstantOf(product.RightOperand) is 0
                || IsFixedValue(product.LeftOperand) && IsFixedValue(product.RightOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Divide } binary =>
                IsFixedValue(binary.LeftOperand) && IsFixedValue(binary.RightOperand),
            IUnaryOperation unary => IsFixedValue(unary.Operand),
            _ => false,
        };
    }

    /// <summary>
    /// <c>m</c> when <paramref name="operand"/> is <c>-m</c>, directly or through a local assigned once
    /// (<c>float negMax = -max; exp(x + negMax)</c> subtracts the maximum); null otherwise.
    /// </summary>
    private IOperation? NegatedShift(IOperation operand)
    {
        // Exp(v + b) of a helper called with b = -max: the argument's.
        var value = CallerOperand(operand);
        if (value is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            value = Unwrap(writes[0].Value);
        }

        return value is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated } && !negated.ConstantValue.HasValue ? Unwrap(negated) : null;
    }

    /// <summary>
    /// True when something subtracted from <paramref name="exp"/>'s argument may be a maximum of the values: a shift
    /// the model cannot name counts (a log-sum-exp, a helper's shift), while a constant, a sum or mean of the data
    /// (<c>exp(x - mean)</c> overflows once max − mean &gt; 88), a mask term that changes with every element
    /// (<see cref="IsElementwiseTerm"/>), a term computed from loop positions (<c>exp(logT - λ·|i/m − j/n|)</c>,
    /// PositionTerms.cs) and a running maximum started at a finite constant (<c>max = 0f</c>: a row far
    /// below 0 is shifted by 0) do not, unless the seed is a term of the same normalisation (SeededMaxima.cs). A minimum that enters the exponent with a positive sign (<c>exp(dmin - d)</c>,
    /// see MinimumShifts.cs) is a maximum of the exponent; a minimum subtracted (<c>exp(x - min)</c>, an exponent ≥ 0) is none. A leaf of
    /// an inline Max tree minus that maximum (<c>exp(-top)</c>, <c>top = Math.Max(0.0, Math.Max(a, b))</c>) is bounded (InlineMaximumTerms.cs).
    /// </summary>
    public bool IsShiftedByAMaximum(IOperation exp) =>
        ExpArgument(exp).Shifts.Any(shift => !IsKnownNonMaximum(shift, exp)) || PositiveMinima(exp).Any() || IsSeedTermOfItsMaximum(exp)
        || IsTermOfItsInlineMaximum(exp);

    private bool IsKnownNonMaximum(IOperation shift, IOperation exp) =>
        IsCosineMarker(Unwrap(shift)!, exp, out var fits) ? !fits
        : HasNoValidShiftForm(exp) && !IsBoundMarker(Unwrap(shift)!) || IsKnownNonMaximumValue(shift, exp);

    /// <summary>
    /// True when <paramref name="shift"/> itself is no maximum of <paramref name="exp"/>'s values: a constant, a mask or
    /// position term, a sum, a mean, a minimum entering negated, a maximum of other data or started at a finite constant,
    /// an <c>Average()</c> of the logits (the exponent's normal form is judged by ShiftForms.cs).
    /// </summary>
    private bool IsKnownNonMaximumValue(IOperation shift, IOperation exp)
    {
        shift = Unwrap(shift)!;
        if (_helperLocalMaxima.TryGetValue(shift, out var helperMax))
        {
            // Judged where the helper folds it, against the helper's own values.
            return helperMax.IsKnownNonMaximum;
        }

        // Input data a loop the minuend does not walk picks (p[i][t] - c[k][t] summed into a distance): OuterSubtrahends.cs.
        if (IsOuterSubtrahend(shift))
        {
            return true;
        }

        if (IsFixedValue(shift) || IsElementwiseTerm(shift, exp) || IsPositionTerm(shift, exp) || IsIntegerElementTerm(shift, exp))
        {
            return true;
        }

        // x.Average() of the exponentiated data: one number per slice, no extreme of it.
        if (IsNonExtremeStatistic(shift) && ReductionAt(shift, UseOf(exp)) is null && (AveragedFacts(shift) ?? Eval(shift)).RawRoots.Overlaps(ExpArgument(exp).RawRoots))
        {
            return true;
        }

        // best = x.Max() / t subtracted from x[i] / t: the maximum of the scaled logits (see ScaledShifts.cs).
        if (IsSameScaledMaximum(shift, exp, out var negativeScale))
        {
            return negativeScale;
        }

        // labels.Max(l => prior[l]) subtracted from score[l]: judged by what the selector folds (ProjectedShifts.cs).
        if (IsProjectedNonMaximum(shift))
        {
            return true;
        }

        // mean = sum / n: judged by its sum.
        var measured = MeasuredValue(shift);
        var reduction = ReductionAt(measured, UseOf(exp));

        // exp(x - min): a minimum entering with a provably negative sign leaves the exponent ≥ 0 and unbounded above (it
        // overflows once the slice's spread passes ~88 in float). One entering with a positive sign (exp(min - d)) is
        // PositiveMinima's; one behind a factor of unknown sign (exp(-(d - min) / t[k])) is not judged.
        if (reduction is { Kind: ReductionKind.Min } && EntersNegated(shift, exp))
        {
            return true;
        }

        if (reduction is { Kind: ReductionKind.Max } && IsMaximumOfOtherData(shift, reduction))
        {
            return true;
        }

        if (reduction is { Kind: ReductionKind.Max } && ScaledApartFromMaximum(shift, reduction))
        {
            return true;
        }

        switch (reduction)
        {
            case { Kind: ReductionKind.Sum }:
                return true;
            case { Kind: ReductionKind.Max, IsInline: false } when VariableOf(measured) is { } variable:
                // A seed that is a term of the same normalisation makes the maximum tight (SeededMaxima.cs).
                return StartsAtFiniteConstant(variable, depth: 0) && !IsSeededWithATermOfItsSite(variable, exp);
            default:
                return false;
        }
    }

    /// <summary>
    /// Every (re)start of the running maximum (a write that folds nothing in) is a finite constant; a maximum a local
    /// function returns (<c>float max = RowMax();</c>) starts where its accumulator does, and so does one a helper of
    /// the type returns (<see cref="HelperSummary.ReturnedMaxStartsFinite"/>).
    /// </summary>
    /// <remarks>Asked for every exp a maximum shifts: memoised per variable and depth (SoftmaxModel.Memos.cs).</remarks>
    private bool StartsAtFiniteConstant(ISymbol variable, int depth)
    {
        EnsureMemosCurrent();
        if (_finiteStarts.TryGetValue((variable, depth), out var known))
        {
            return known;
        }

        var scope = _cycles.Begin();
        known = ComputeStartsAtFiniteConstant(variable, depth);
        if (_cycles.End(scope))
        {
            _finiteStarts[(variable, depth)] = known;
        }

        return known;
    }

    private readonly Dictionary<(ISymbol Variable, int Depth), bool> _finiteStarts = new(FiniteStartKeyComparer.Instance);

    /// <summary>Symbols by <see cref="SymbolEqualityComparer.Default"/>.</summary>
    private sealed class FiniteStartKeyComparer : IEqualityComparer<(ISymbol Variable, int Depth)>
    {
        public static readonly FiniteStartKeyComparer Instance = new();

        public bool Equals((ISymbol Variable, int Depth) x, (ISymbol Variable, int Depth) y) =>
            SymbolEqualityComparer.Default.Equals(x.Variable, y.Variable) && x.Depth == y.Depth;

        public int GetHashCode((ISymbol Variable, int Depth) key) => SymbolEqualityComparer.Default.GetHashCode(key.Variable) ^ key.Depth;
    }

    private bool ComputeStartsAtFiniteConstant(ISymbol variable, int depth)
    {
        var starts = WritesOf(variable).Where(write => Accumulation(variable, write.Operation, write.Value) is null).ToList();
        return starts.Count > 0 && starts.All(write => write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
            && (Unwrap(write.Value) is { ConstantValue: { HasValue: true, Value: { } start } } && IsFiniteStart(start) && !IsFloorFreeStart(variable, start)
                || depth < MaxAliasDepth && Unwrap(write.Value) is IInvocationOperation call && ReturnsBesideCall(call) is { } returns
                    && returns.All(ret => VariableOf(Unwrap(ret.ReturnedValue)) is { } returned && !SymbolEqualityComparer.Default.Equals(returned, variable)
                        && StartsAtFiniteConstant(returned, depth + 1))
                || Unwrap(write.Value) is IInvocationOperation helper && SummaryOf(helper) is { ReturnedMaxStartsFinite: true }));
    }

    /// <summary>
    /// A starting value a maximum can stay at: finite and above <see cref="SentinelStart"/> (a start at or below it is a
    /// sentinel like MinValue: <c>-9999999f</c>, <c>-1e9</c>; logits do not lie a million below zero).
    /// </summary>
    private static bool IsFiniteStart(object value)
    {
        double number;
        try
        {
            number = System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Exception exception) when (exception is System.InvalidCastException or System.FormatException or System.OverflowException)
        {
            return false;
        }

        return !double.IsNaN(number) && !double.IsInfinity(number) && number > SentinelStart;
    }

    private const double SentinelStart = -1e6;

    /// <summary>A scalar variable no data comes from (a temperature): not a constant, not a loop index; null otherwise.</summary>
    private ISymbol? ScalarFactor(IOperation operand) =>
        VariableOf(operand) is { } symbol && Unwrap(operand) is { ConstantValue.HasValue: false } value && WellKnownSymbols.IsNumeric(value.Type)
        && InductionLoop(symbol, operand) is null && Eval(operand).RawRoots.Count == 0
            ? symbol
            : null;

    /// <summary>
    /// <c>x / t - max</c> (or <c>x * s - max</c>) where the maximum folds values not scaled by <c>t</c>: the maximum of
    /// the unscaled logits, subtracted from scaled ones, bounds nothing for <c>t &lt; 1</c>.
    /// </summary>
    private bool ScaledApartFromMaximum(IOperation shift, Reduction max)
    {
        var parent = ParentValue(shift);

        if (parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            || Unwrap(difference.LeftOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply } scaling)
        {
            return false;
        }

        // The scale: a scalar variable no data comes from (a temperature), not a constant, not a loop index.
        ISymbol? scale = null;
        foreach (var operand in new[] { scaling.RightOperand, scaling.LeftOperand })
        {
            if (ScalarFactor(operand) is { } symbol)
            {
                scale = symbol;
                break;
            }
        }

        // The maximum folds the same logits (not a buffer of already scaled copies), and never reads the scale.
        if (scale is null || max.Folds.IsEmpty || !max.Elements.RawRoots.Overlaps(Eval(scaling).RawRoots))
        {
            return false;
        }

        return !FoldsReadScale(max, scale);
    }
}
