using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Value facts: what an expression is computed from.</summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IOperation, ValueFacts> _valueCache = new();
    private readonly CycleGuard<IOperation> _valuesInProgress = new();
    private readonly Dictionary<IMethodSymbol, bool> _expHelpers = new(SymbolEqualityComparer.Default);

    private void ClearValueCaches()
    {
        ClearMemos();
        _valueCache.Clear();
        _viewCache.Clear();
        _variableValueCache.Clear();
        _sumOfExpsCache.Clear();
        _importedContent.Clear();
        _outerDifferences.Clear();
    }

    /// <summary>The facts of the value <paramref name="operation"/> computes.</summary>
    private ValueFacts Eval(IOperation? operation)
    {
        operation = Unwrap(operation);
        if (operation is null)
        {
            return ValueFacts.Empty;
        }

        if (_valueCache.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        if (!_valuesInProgress.TryEnter(operation, _cycles))
        {
            return ValueFacts.Empty;
        }

        try
        {
            Evaluations++;
            var facts = ComputeValue(operation);
            _valueCache[operation] = facts;
            return facts;
        }
        finally
        {
            _valuesInProgress.Exit(operation);
        }
    }

    private ValueFacts ComputeValue(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return ValueFacts.Empty;
        }

        switch (operation)
        {
            case IParameterReferenceOperation or ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } when BoundArgumentValue(operation) is { } bound:
                // In an arithmetic helper's body evaluated for one call: the argument (ArithmeticHelpers.cs).
                return bound;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } vector } when IsSimdVector(vector.Type):
                // v[k]: a lane holds what the vector holds.
                return Eval(vector);
            case IInvocationOperation or IImplicitIndexerReferenceOperation when ListedElementRoot(operation) is { } listed:
                // sums.Last(), sums[^1]: one appended element, as sums[k] reads it (ListedElements.cs).
                return ElementFacts(listed, StableKeys.Map<ImmutableHashSet<DimensionAtom>>());
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
            case { Kind: OperationKind.None } or IInvocationOperation when PointerElement(operation) is not null:
            case IInlineArrayAccessOperation when InlineArrayElement(operation) is not null:
            case IInvocationOperation when RefAccessorElement(operation) is not null:
            case IInvocationOperation when DataRowCellParts(operation) is not null:
                // An integer element holds a logit only where it is read as a number (a quantised q[i] in (q[i] - zp) * scale,
                // QuantisedLogits.cs); a count, a label or a divisor is a known value (IntegerElementTerms.cs).
                return IsIntegerElementRead(operation) && !IsReadAsNumber(operation) ? ValueFacts.Empty
                    : ReadElement(operation)?.Facts ?? (IsIntegerElementRead(operation) ? ValueFacts.Empty : ValueFacts.Opaque());
            case ILocalReferenceOperation local when AliasedElement(local.Local) is { } aliased:
                return Eval(aliased);
            case ILocalReferenceOperation local when PatternGoverningValue(local) is { } governing:
                // var v => Math.Exp(v - mx): the switched value (PatternVariables.cs).
                return Eval(governing);
            case ILocalReferenceOperation local:
                return LocalValue(local.Local, operation);
            case IParameterReferenceOperation parameter:
                return ParameterValue(parameter.Parameter, operation);
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } pair } when pair.Type is INamedTypeSymbol { Name: "KeyValuePair" }:
                // kv.Value of a dictionary entry (foreach or LINQ element): the element.
                return Eval(pair);
            case IPropertyReferenceOperation { Property.Name: "Value" } when NodeWalk(operation) is { } nodeWalk:
                // node.Value of a LinkedList walked by its nodes: the element a foreach over the list binds (NodeWalks.cs).
                return EvalView(nodeWalk.List) is { } walkedList ? IteratedElement(walkedList, nodeWalk.Loop) ?? ValueFacts.Empty : ValueFacts.Opaque();
            case IFieldReferenceOperation or IPropertyReferenceOperation when KeyedExtremumOfMember(operation) is { } keyedExtremum:
                // winner.Score of winner = x.MaxBy(c => c.Score): x.Max(c => c.Score) (KeyedExtremums.cs).
                return Eval(keyedExtremum);
            case IFieldReferenceOperation or IPropertyReferenceOperation when MemberOfElement(operation) is { } member:
                return member;
            case IFieldReferenceOperation { Instance: { } vector } when VectorComponentValue(vector) is { } component:
                // u.X of a computed vector (u = keys[j] / keys[j].Length()): what the vector reads (VectorScalars.cs).
                return component;
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                return VariableValue(VariableOf(operation)!, operation);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } rescale when IsRescaleToStepMax(rescale):
                // m - mNew, the online softmax's rescale to this step's running max (≤ 0, RunningMaxTemporaries.cs): the
                // data mNew folds shifted by mNew. Not judged through m's own value: m = mNew and mNew = Max(m, s) are one
                // cycle, and a read of m first evaluated inside mNew's evaluation is cut (memoised empty), which made
                // m - mNew look like a complement 1 - a and dropped the shift.
                var stepMax = Eval(rescale.RightOperand);
                var previousMax = Eval(rescale.LeftOperand);
                return previousMax.Merge(stepMax.WithoutDims())
                    .With(shifts: previousMax.Shifts.Add(CallerOperand(rescale.RightOperand)), rawRoots: previousMax.RawRoots.Union(stepMax.RawRoots));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                return RescaledCosineBounds(subtract, DifferenceValue(subtract, subtract.LeftOperand, subtract.RightOperand));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when (NegatedShift(add.RightOperand) is { } negated ? (add.LeftOperand, negated)
                : NegatedShift(add.LeftOperand) is { } negatedLeft ? (add.RightOperand, negatedLeft) : default) is ({ } shifted, { } shift):
                // x + (-m) is x - m.
                var value = Eval(shifted);
                return value.Merge(Eval(shift).WithoutDims()).With(shifts: value.Shifts.Add(CallerOperand(shift)), rawRoots: value.RawRoots);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide when IsLogistic(divide):
                // 1 / (1 + exp(-v)): a sigmoid in (0, 1]; an overflowing exp gives 0, not NaN. No exp of it feeds a softmax.
                return Eval(divide.RightOperand).With(exps: ValueFacts.Empty.Exps);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide:
                // What the divisor subtracts shifts nothing of the quotient: x / tau with an annealed tau = T (1 - t / n)
                // is as un-shifted as x / 0.5 (only the dividend's shifts, (x - m) / tau, bound it).
                var divisor = Eval(divide.RightOperand).WithoutDims();

                // An integer divisor is a count (sum / n): none of its values is a logit of the quotient (QuantisedLogits.cs).
                divisor = IsIntegerDivisor(divide.RightOperand) ? divisor.With(rawRoots: divisor.RawRoots.Clear()) : divisor;
                var quotient = DivisionResult(Eval(divide.LeftOperand).Merge(divisor.With(shifts: divisor.Shifts.Clear())), BinaryOperatorKind.Divide, divide.RightOperand);

                // v / max(1, max |v|) lies in [-1, 1]: bounded like a clamp (MagnitudeBounds.cs).
                if (_hasExp && IsMagnitudeBound(divide))
                {
                    _magnitudeBounds.Add(divide);
                    return quotient.With(shifts: quotient.Shifts.Add(divide));
                }

                // dot(a, b) / (|a| · |b|) lies in [-1, 1]: bounded like a clamp, a constant scale kept (CosineScales.cs).
                return _hasExp ? WithCosineQuotient(divide, quotient) : quotient;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply:
                // (1 - Alpha) * x: a factor that reads no data subtracts nothing from x (CoefficientFactors.cs).
                return RescaledCosineBounds(multiply, CombineKeepingBounds(AsScalingFactor(Eval(multiply.LeftOperand)), AsScalingFactor(Eval(multiply.RightOperand)))) is var product
                    && (IsReciprocalOfNormalisingSum(multiply.RightOperand) || IsReciprocalOfNormalisingSum(multiply.LeftOperand))
                    ? product.With(isProbability: product.Exps.Count > 0)
                    : product;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum:
                // u.X * w.X + u.Y * w.Y + …, u and w unit vectors: a cosine (VectorCosines.cs).
                var added = RescaledCosineBounds(sum, CombineKeepingBounds(Eval(sum.LeftOperand), Eval(sum.RightOperand)));
                return IsOutermostSum(sum) ? WithUnitVectorCosine(sum, added) : added;
            case IBinaryOperation binary:
                return Eval(binary.LeftOperand).Merge(Eval(binary.RightOperand));
            case IUnaryOperation unary:
                return Eval(unary.Operand);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Eval(conditional.WhenTrue).Merge(Eval(whenFalse));
            case ISwitchExpressionOperation switchExpression:
                // x switch { > 0 => x / t, _ => 0 }: one of the arms, as for ?:.
                var arms = ValueFacts.Empty;
                foreach (var arm in switchExpression.Arms)
                {
                    arms = arms.Merge(Eval(arm.Value));
                }

                return arms;
            case ICoalesceOperation coalesce:
                return Eval(coalesce.Value).Merge(Eval(coalesce.WhenNull));
            case IConditionalAccessOperation access:
                // acc?.Top: the member's value when the holder exists (NullConditionals.cs).
                return Eval(access.WhenNotNull);
            case IAssignmentOperation assignment:
                return Eval(assignment.Value);
            case IObjectCreationOperation or IInvocationOperation when VectorCreationValue(operation) is { } vector:
                return vector;
            case IWithOperation or IObjectCreationOperation when RecordCreationValue(operation) is { } record:
                return record;
            case IInvocationOperation lookup when LookedUpValue(lookup) is { } looked:
                // d.GetValueOrDefault(k): the element d[k] (DictionaryLookups.cs).
                return looked;
            case IInvocationOperation invocation:
                return InvocationValue(invocation);
            case IFunctionPointerInvocationOperation pointer:
                // e(v) with e = &MathF.Exp: the exp; any other pointer call is read as before, as no value (PointerCalls.cs).
                return ExpOperand(pointer) is { } pointerExponent ? ExpCallValue(pointer, pointerExponent) : ValueFacts.Empty;
            case ITupleOperation tuple:
                // (v.Value, E: Math.Exp(v.Weight)): a tuple is a record; its members are not told apart (see Records).
                return TupleValue(tuple);
            default:
                return ValueFacts.Empty;
        }
    }

    /// <summary>
    /// The facts of <paramref name="minuend"/> − <paramref name="subtrahend"/>, written (<c>x[i] - m</c>) or inside a
    /// vector distance (<c>Vector3.DistanceSquared(a, b)</c> reads <c>a - b</c>, VectorScalars.cs): the minuend's reads
    /// and shifts, the subtrahend recorded as one more shift.
    /// </summary>
    private ValueFacts DifferenceValue(IOperation site, IOperation minuend, IOperation subtrahend)
    {
        if (IsComplement(minuend, subtrahend))
        {
            // 1 - mask[i]: nothing read from data is shifted; the value is (a multiple of) the subtrahend.
            return Eval(subtrahend);
        }

        var left = Eval(minuend);
        var right = Eval(subtrahend);

        // dmin - d[i, j], planeMin[k] - cost[k, p]: a value of fewer dimensions minus data varies as the data does.
        // What the subtrahend itself subtracts enters negated (a - (b - m) adds m): the subtrahend is the shift,
        // not its own shifts (DINO's centre c[d], written as momentum · c + (1 - momentum) · mean, shifts by c).
        // In a helper's body evaluated for a call, a subtracted parameter is the caller's argument (CallerOperand,
        // for arithmetic and exp helpers alike); a term of the element the helper was given
        // (r.Cost - r.Toll) is no shift (ArithmeticHelpers.cs).
        // Data picked by a loop the minuend does not walk (b[j] of a[i] - b[j], centres[b] of v - centres[b]) keeps its
        // dimensions: the difference varies along that loop too (OuterDifferences.cs).
        var merged = left.Merge(VariesWithSubtrahend(left, right) || RecordOuterSubtrahend(subtrahend, IsOuterDifference(site, minuend, subtrahend, left, right), left, right) ? right : right.WithoutDims());
        return IsBoundElementTerm(subtrahend, right) || IsSameElementTerm(minuend, subtrahend, left, right)
            ? merged.With(rawRoots: left.RawRoots)
            : merged.With(shifts: left.Shifts.Add(CallerOperand(subtrahend)), rawRoots: left.RawRoots);
    }

    /// <summary>
    /// <c>c / (k + e)</c> with positive constants <c>c</c>, <c>k</c> and <c>e</c> one exp call (<c>1 / (1 + Math.Exp(-v))</c>):
    /// a logistic, bounded by <c>c / k</c> whatever the exp does (a ratio of raw exps in <c>e</c> could be ∞ / ∞: not this).
    /// </summary>
    private bool IsLogistic(IBinaryOperation divide) =>
        ConstantOf(divide.LeftOperand) is > 0
        && Unwrap(divide.RightOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } denominator
        && (ConstantOf(denominator.LeftOperand) is > 0 ? denominator.RightOperand : ConstantOf(denominator.RightOperand) is > 0 ? denominator.LeftOperand : null) is { } term
        && ExpOperand(Unwrap(term)) is not null;

    /// <summary>
    /// True when <c>a - b</c> varies along every dimension <c>b</c> does: <c>a</c> has no dimension, or is indexed by
    /// fewer loops than the data <c>b</c> (a per-slice value such as <c>planeMin[k]</c> minus <c>cost[k, p]</c>).
    /// </summary>
    private static bool VariesWithSubtrahend(ValueFacts left, ValueFacts right) =>
        left.Dims.Count == 0
        || right.RawRoots.Count > 0 && right.Dims.Count > left.Dims.Count && left.Dims.Keys.All(right.Dims.ContainsKey);

    /// <summary>
    /// The exponent of an exp call, or null: <c>a</c> of <c>Math.Exp(a)</c> (any <see cref="WellKnownSymbols.IsExp"/>:
    /// also <c>Exp2</c>, <c>Exp10</c>), of an exp helper (for one whose exponent is arithmetic of its parameters, that
    /// exponent in the helper's terms, see <see cref="HelperExponent"/>), and of <c>Pow(b, a)</c> with a constant base b &gt; 0, b ≠ 1
    /// (<c>Math.Pow(10, gl)</c>, <c>MathF.Pow(2f, v)</c>, <c>Math.Pow(Math.E, a)</c>, or a local, readonly field or
    /// parameter that provably holds one, <see cref="ProvenConstant"/>): <c>b^a = exp(a · ln b)</c>, so what
    /// shifts <c>a</c> shifts the exponential. For a base below 1 the exponent enters negated
    /// (<see cref="NegatesExponent"/>). A Pow of a variable base (<c>Pow(x, 2)</c>) is no exp.
    /// </summary>
    public IOperation? ExpOperand(IOperation? operation)
    {
        if (operation is IFunctionPointerInvocationOperation pointer)
        {
            // e(x[k] - m) with e = &MathF.Exp, or a pointer to an exp helper (PointerCalls.cs).
            return PointerExpOperand(pointer) ?? HelperExponent(pointer);
        }

        if (operation is not IInvocationOperation call)
        {
            return null;
        }

        // Through a delegate of one known value, the method it holds (DelegateMembers.cs: Func<float, float> e = MathF.Exp).
        if (call.Arguments.Length == 1 && (Symbols.IsExp(InvokedMethod(call)) || IsExpHelper(InvokedMethod(call).OriginalDefinition)
            || IsExpHelper(call.TargetMethod) || InvokedLambda(call) is { } lambda && IsExpHelper(lambda.Symbol)))
        {
            return call.Arguments[0].Value;
        }

        // Tempered(logit, temperature) => MathF.Exp(logit / temperature): the helper's exponent (ExpHelperArguments.cs).
        if (HelperExponent(call) is { } helperExponent)
        {
            return helperExponent;
        }

        // logit.Exp() with Value Exp() => new Value(Math.Exp(Data)): the receiver's member (MemberExpHelpers.cs).
        if (MemberExpExponent(call) is { } memberExponent)
        {
            return memberExponent;
        }

        if (call.Arguments.Length != 2 || !Symbols.IsPow(call.TargetMethod))
        {
            return null;
        }

        // Arguments may be named (Pow(y: v, x: Math.E)): match them to parameters, not positions.
        var baseArgument = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0);
        var exponent = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 1);
        return baseArgument is not null && exponent is not null && ExponentialBase(baseArgument.Value) is not null ? exponent.Value : null;
    }

    /// <summary>
    /// True for an exp whose exponent enters negated: <c>Pow(b, a)</c> with a constant base 0 &lt; b &lt; 1 is
    /// <c>exp(-a · |ln b|)</c>, so a minimum of <c>a</c> bounds it where a maximum bounds <c>exp(a)</c>.
    /// </summary>
    public bool NegatesExponent(IOperation? exp) =>
        exp is IInvocationOperation { Arguments.Length: 2 } call && Symbols.IsPow(call.TargetMethod) && ExpOperand(call) is not null
        && call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0) is { } baseArgument && ExponentialBase(baseArgument.Value) < 1;

    /// <summary>
    /// The value of a constant base of an exponential: positive and not 1 (<c>Math.E</c>, <c>MathF.E</c>, <c>10</c>,
    /// <c>2f</c>, <c>0.5</c>, also held by a local, readonly field or parameter that provably holds it:
    /// <see cref="ProvenConstant"/>), else null (a base that may be any number, ≤ 0 or 1 is a power, not an exponential).
    /// </summary>
    private double? ExponentialBase(IOperation value) =>
        ProvenConstant(value) is { } number && number > 0 && number != 1 ? number : null;

    /// <summary>
    /// The value of an exp call (<paramref name="invocation"/>, a method or function-pointer call whose exponent is
    /// <paramref name="exponent"/>): the exp itself, its exponent's facts kept for the rules.
    /// </summary>
    private ValueFacts ExpCallValue(IOperation invocation, IOperation exponent)
    {
        // A helper's exponent is read with the call's arguments in place of its parameters.
        var argument = HelperExponent(invocation) == exponent ? EvalHelperExponent(invocation, exponent)
            : invocation is IInvocationOperation call && MemberExpExponent(call) == exponent ? EvalMemberExponent(call, exponent)
            : WithAdditiveShifts(invocation, exponent, Eval(exponent));
        _expArguments[invocation] = argument;

        // exp(w) with w a log-weight that holds exps of its own (w = a * y - b * exp(y), a Gamma density in log
        // space): its value is this exp's, not theirs; an exp inside an exponent is no softmax numerator.
        return argument.With(rawRoots: argument.RawRoots.Clear(), shifts: argument.Shifts.Clear(), exps: argument.Exps.Clear().Add(invocation));
    }

    private ValueFacts InvocationValue(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (ExpOperand(invocation) is { } exponent)
        {
            return ExpCallValue(invocation, exponent);
        }

        // A size (x.GetLength(1), list.Count()) is no data: Math.Exp(dot / Math.Sqrt(x.GetLength(1))) is an exp of dot.
        if (WholeReductionKind(invocation) is not null || AggregateFold(invocation) is not null)
        {
            return ReducedValue(invocation);
        }

        if (method.Name is "GetLength" or "GetLongLength" or "Count" or "LongCount" && invocation.Arguments.Length <= 1
            && invocation.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
        {
            return ValueFacts.Empty;
        }

        // Vector3.Dot(q, keys[j]), Vector3.DistanceSquared(p, c[k]), v.Length(): arithmetic of the vectors' reads (VectorScalars.cs).
        if (VectorScalarValue(invocation) is { } vectorScalar)
        {
            // Dot(Normalize(a), b / b.Length()): a cosine (VectorCosines.cs).
            return method.Name == "Dot" ? WithUnitVectorCosine(invocation, vectorScalar) : vectorScalar;
        }

        // Vector3.Normalize(v): v / v.Length() (VectorScalars.cs).
        if (VectorNormalizeValue(invocation) is { } normalized)
        {
            return normalized;
        }

        // A helper that returns the larger/smaller of its two parameters (a > b ? a : b) is Math.Max/Math.Min under any
        // name, not an arithmetic helper whose branches clamp (SystemMathForwarders.Extremums.cs).
        var extremum = SystemMathForwarders.ExtremumFunction(method, _cancellationToken);
        if (extremum is not null || WellKnownSymbols.IsScalarMathFunction(method))
        {
            var facts = ValueFacts.Empty;
            foreach (var argument in invocation.Arguments)
            {
                facts = facts.Merge(Eval(argument.Value));
            }

            // Clamping from above (Min(v, 80), Clamp(v, lo, hi)) bounds exp's argument: it cannot overflow, so it
            // counts as a shift for LG0003. Every other math function keeps the value's origin.
            var clamps = (extremum ?? method.Name) is "Min" or "Clamp" && invocation.Arguments.Skip(1).Any(argument => Unwrap(argument.Value)!.ConstantValue.HasValue);
            return clamps ? facts.With(shifts: facts.Shifts.Add(invocation)) : IsBoundedFunction(method) ? BoundedFunctionValue(invocation, facts) : facts;
        }

        return LibraryCosineValue(invocation) ?? LocalFunctionValue(invocation) ?? IndexedLocalFunctionValue(invocation) ?? ArithmeticHelperValue(invocation) ?? HelperValue(invocation) ?? HelperExtremumValue(invocation) ?? HelperSumValue(invocation) ?? LaneArithmeticValue(invocation)
            ?? BoundedHelperValue(invocation) ?? DataHelperValue(invocation) ?? DelegateMapValue(invocation) ?? ValueFacts.Opaque();
    }

    /// <summary>
    /// A method of this compilation whose body only returns an exp of its parameter (<c>static double E(double v) =&gt; Math.Exp(v)</c>,
    /// also through a local written once: <c>var e = Math.Exp(v); return e;</c>, see SoftmaxModel.ExpHelperLocals.cs),
    /// also a local function, or a lambda bound to a delegate local (<c>Func&lt;double, double&gt; f = v =&gt; Math.Exp(v)</c>, see <see cref="InvokedLambda"/>).
    /// This file's helpers are bound; another file's are read from their syntax (<see cref="SystemMathForwarders"/>).
    /// </summary>
    private bool IsExpHelper(IMethodSymbol method)
    {
        if (method.Parameters.Length != 1 || method.DeclaringSyntaxReferences.Length != 1 || ModelFor(method.DeclaringSyntaxReferences[0].SyntaxTree) is not { } model)
        {
            return false;
        }

        if (_expHelpers.TryGetValue(method, out var known))
        {
            return known;
        }

        _expHelpers[method] = false;
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        if (!IsInSource(syntax.SyntaxTree))
        {
            // Another file's body cannot be bound here (an analyzer has only this file's semantic model): its syntax says.
            var isOtherFilesHelper = SystemMathForwarders.ForwardedFunction(method, _cancellationToken) == "Exp";
            _expHelpers[method] = isOtherFilesHelper;
            return isOtherFilesHelper;
        }

        var body = ExpHelperSyntax.BodyOf(syntax);

        // Syntax first (cheap): one expression, or one return statement, calling something named Exp.
        if (ExpHelperSyntax.ReturnedExpLikeCall(body) is null)
        {
            return false;
        }

        var operation = body is null ? null : model.GetOperation(body, _cancellationToken);

        // The returned exp and its exponent may each go through locals written once (ExpHelperLocals.cs).
        var returned = operation is IReturnOperation direct ? Unwrap(direct.ReturnedValue) : ReturnedPastLocals(operation);

        // ExpOperand of the returned call sees this method as no helper yet (_expHelpers[method] is false): no recursion.
        var isHelper = returned is IInvocationOperation call && (Symbols.IsExp(call.TargetMethod) || Symbols.IsPow(call.TargetMethod))
            && PastOnceWrittenLocals(ExpOperand(call), operation) is IParameterReferenceOperation;
        _expHelpers[method] = isHelper;
        return isHelper;
    }

    private ValueFacts LocalValue(ILocalSymbol local, IOperation read)
    {
        if (InductionLoop(local, read) is not null)
        {
            return ValueFacts.Empty;
        }

        if (ForEachOf(local) is { } forEach)
        {
            var element = EvalView(forEach.Collection) is { } view ? IteratedElement(view, forEach) ?? ValueFacts.Empty : ValueFacts.Opaque();

            // foreach (ref float v in x) { v = MathF.Exp(v); }: v is the element, and what is written through it.
            return local.IsRef ? element.Merge(VariableValue(local, read)) : element;
        }

        // if (v > 50) v = 50; before the read: clamped from above like Math.Min(v, 50).
        var value = VariableValue(local, read);
        return _hasExp && BranchClampBefore(local, read) is { } clamp ? value.With(shifts: value.Shifts.Add(clamp)) : value;
    }

    private ValueFacts ParameterValue(IParameterSymbol parameter, IOperation read)
    {
        if (InductionLoop(parameter, read) is not null)
        {
            return ValueFacts.Empty;
        }

        if (LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { } call)
        {
            if (ArgumentName(lambda) == "localFinally" && Symbols.IsParallelLoop(call.TargetMethod))
            {
                return ThreadLocalResult(lambda, call);
            }

            var source = ParameterSourceView(parameter, lambda, call, out var isElement);
            if (isElement)
            {
                // A stage after a query let walks the same elements as the stage that made them (TransparentMembers.cs).
                return source is { } view ? IteratedElement(view, StageLoop(lambda)) ?? ValueFacts.Empty : ValueFacts.Opaque();
            }
        }

        return VariableValue(parameter, read);
    }

    /// <summary>
    /// A variable's value is everything assigned to it. A max or sum accumulator keeps the facts of what it folds
    /// but not their dimensions: it is one number per slice, not an element.
    /// </summary>
    private ValueFacts VariableValue(ISymbol symbol, IOperation read)
    {
        // One answer per variable (not per read): big numeric methods read a variable hundreds of times.
        if (_variableValueCache.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var writes = WritesOf(symbol);
        if (writes.Count == 0)
        {
            return ValueFacts.Empty;
        }

        if (!_variablesInProgress.TryEnter(symbol, _cycles))
        {
            return ValueFacts.Empty;
        }

        try
        {
            var facts = ValueFacts.Empty;
            foreach (var write in writes)
            {
                if (write.Value is { } value)
                {
                    facts = facts.Merge(write.Operation is ICompoundAssignmentOperation compound
                        ? CompoundResult(Eval(value), compound)
                        : Eval(value));
                }
                else if (LookedUpOut(write.Operation) is { } looked)
                {
                    // d.TryGetValue(k, out w): w is the element d[k] (DictionaryLookups.cs).
                    facts = facts.Merge(looked);
                }
            }

            var result = IsAccumulator(symbol) ? AccumulatorValue(symbol, facts) : facts;
            _variableValueCache[symbol] = result;
            return result;
        }
        finally
        {
            _variablesInProgress.Exit(symbol);
        }
    }

    private readonly Dictionary<ISymbol, ValueFacts> _variableValueCache = new(SymbolEqualityComparer.Default);
    private readonly CycleGuard<ISymbol> _variablesInProgress = new(SymbolEqualityComparer.Default);

    /// <summary>What a lambda returns, with its element parameter bound by the iterating call.</summary>
    private ValueFacts ReturnedFacts(IAnonymousFunctionOperation lambda)
    {
        var facts = ValueFacts.Empty;
        foreach (var operation in lambda.Body.DescendantsAndSelf())
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && EnclosingLambda(operation) == lambda)
            {
                facts = facts.Merge(Eval(value));
            }
        }

        return facts;
    }

    /// <summary>The innermost lambda around <paramref name="operation"/>, if any.</summary>
    internal static IAnonymousFunctionOperation? EnclosingLambda(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda;
            }
        }

        return null;
    }
}
