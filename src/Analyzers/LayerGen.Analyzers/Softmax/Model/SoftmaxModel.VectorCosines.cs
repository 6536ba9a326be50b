using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Cosines of <c>System.Numerics</c> vectors for the cosine bound (CosineBounds.cs): <c>Vector3.Dot(q, k) / (q.Length()
/// * k.Length())</c>, <c>Vector4.Dot(a, b) / MathF.Sqrt(a.LengthSquared() * b.LengthSquared())</c>, a dot of unit vectors
/// (<c>Vector2.Normalize(a)</c>, <c>v / v.Length()</c>) and their written-out twins (<c>q.X * k.X + q.Y * k.Y + …</c>,
/// <c>MathF.Sqrt(q.X * q.X + …)</c>, <c>q / MathF.Sqrt(…)</c>). Invariant: a vector's key is the sorted list of the
/// texts of its components (<c>q.X; q.Y; q.Z</c>; a component of <c>a - b</c> reads <c>(a.X Subtract b.X)</c>, as
/// written), so a call and its written-out arithmetic get the same key. A sum of products <c>Σ l_i · r_i</c> is a dot of
/// the vectors (l_i) and (r_i) whatever the pairing (a norm does not depend on the order of the components), so
/// Cauchy–Schwarz bounds it by the norms of those two keys. A unit vector <c>v / N</c> (N a norm of v, possibly with
/// a positive eps) or <c>Normalize(v)</c> is read as v with N already dividing: a dot of two of them needs no
/// denominator, a dot of one needs the other's norm. Anything else (a vector of another type, a component not read
/// from a vector, several different divisors on one side) is no cosine.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Separates the component texts of a vector key.</summary>
    private const string ComponentSeparator = "; ";

    /// <summary>
    /// Marks <paramref name="dot"/> (a <c>VectorN.Dot</c> call or the outermost sum of a written-out dot) as a cosine
    /// when it is a dot of unit vectors (see the type's summary), else returns <paramref name="facts"/> unchanged.
    /// </summary>
    private ValueFacts WithUnitVectorCosine(IOperation dot, ValueFacts facts)
    {
        if (!_hasExp || CosineQuotientScale(dot) is not { } scale)
        {
            return facts;
        }

        _cosineBounds[dot] = scale;
        return facts.With(shifts: facts.Shifts.Add(dot));
    }

    /// <summary>True when <paramref name="sum"/> is not itself a term of an enclosing sum (only whole dots are judged).</summary>
    private static bool IsOutermostSum(IBinaryOperation sum)
    {
        var parent = ParentValue(sum);

        return parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add };
    }

    /// <summary>
    /// The vectors of <c>VectorN.Dot(a, b)</c>, <c>v.LengthSquared()</c> (v with itself) and
    /// <c>VectorN.DistanceSquared(a, b)</c> (a − b with itself), else null.
    /// </summary>
    private (string A, string B, ImmutableList<string> Units)? VectorDotOperands(IInvocationOperation call, CosineScope scope, int hops)
    {
        if (hops > MaxCosineHops || !IsVectorScalarFunction(call.TargetMethod))
        {
            return null;
        }

        switch (call.TargetMethod.Name)
        {
            case "Dot" when call.Arguments.Length == 2:
                if (VectorOperand(call.Arguments[0].Value, scope, hops) is not var (a, unitA) || VectorOperand(call.Arguments[1].Value, scope, hops) is not var (b, unitB))
                {
                    return null;
                }

                var units = ImmutableList<string>.Empty;
                units = unitA is null ? units : units.Add(unitA);
                units = unitB is null ? units : units.Add(unitB);
                return (a, b, units);
            case "LengthSquared" when call.Instance is { } instance && VectorKey(instance, scope) is { } vector:
                return (vector, vector, ImmutableList<string>.Empty);
            case "DistanceSquared" when call.Arguments.Length == 2 && DifferenceKey(call.Arguments[0].Value, call.Arguments[1].Value, scope) is { } difference:
                return (difference, difference, ImmutableList<string>.Empty);
            default:
                return null;
        }
    }

    /// <summary>The vector whose norm <c>v.Length()</c> or <c>VectorN.Distance(a, b)</c> (of a − b) is, else null.</summary>
    private string? VectorNormKey(IInvocationOperation call, CosineScope scope, int hops) =>
        hops > MaxCosineHops || !IsVectorScalarFunction(call.TargetMethod) ? null
        : call.TargetMethod.Name switch
        {
            "Length" when call.Instance is { } instance => VectorKey(instance, scope),
            "Distance" when call.Arguments.Length == 2 => DifferenceKey(call.Arguments[0].Value, call.Arguments[1].Value, scope),
            _ => null,
        };

    /// <summary>
    /// A written-out dot <c>l_1 · r_1 + l_2 · r_2 + …</c> (products or squares <c>Pow(x, 2)</c>) as the keys of the
    /// vectors (l_i) and (r_i); a factor of a unit vector brings the norm dividing it, which must be one for all terms.
    /// </summary>
    private (string A, string B, ImmutableList<string> Units)? ComponentSumOperands(IBinaryOperation sum, CosineScope scope, int hops)
    {
        var terms = new List<IOperation>();
        if (hops > MaxCosineHops || !CollectSumTerms(sum, terms))
        {
            return null;
        }

        var left = new List<string>();
        var right = new List<string>();
        var (leftUnits, rightUnits) = (new HashSet<string?>(), new HashSet<string?>());
        foreach (var term in terms)
        {
            (IOperation, IOperation)? factors = term switch
            {
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product => (product.LeftOperand, product.RightOperand),
                IInvocationOperation { Arguments.Length: 2 } pow when Symbols.IsPow(pow.TargetMethod) && ConstantOf(pow.Arguments[1].Value) is 2 =>
                    (pow.Arguments[0].Value, pow.Arguments[0].Value),
                _ => null,
            };
            if (factors is not var (l, r) || FactorKey(l, scope, hops) is not var (lText, lUnit) || FactorKey(r, scope, hops) is not var (rText, rUnit))
            {
                return null;
            }

            // Either pairing is a dot (see the type's summary); the ordinal one pairs q.X * k.X with k.Y * q.Y.
            var swap = string.CompareOrdinal(lText, rText) > 0;
            left.Add(swap ? rText : lText);
            right.Add(swap ? lText : rText);
            leftUnits.Add(swap ? rUnit : lUnit);
            rightUnits.Add(swap ? lUnit : rUnit);
        }

        if (leftUnits.Count != 1 || rightUnits.Count != 1)
        {
            return null;
        }

        var units = ImmutableList<string>.Empty;
        units = leftUnits.Single() is { } leftUnit ? units.Add(leftUnit) : units;
        units = rightUnits.Single() is { } rightUnit ? units.Add(rightUnit) : units;
        return (JoinComponents(left), JoinComponents(right), units);
    }

    /// <summary>Flattens a tree of additions into its terms (at most 64: a dot of a few components, not a long formula).</summary>
    private static bool CollectSumTerms(IOperation operation, List<IOperation> terms)
    {
        operation = Unwrap(operation)!;
        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
        {
            return CollectSumTerms(add.LeftOperand, terms) && CollectSumTerms(add.RightOperand, terms);
        }

        terms.Add(operation);
        return terms.Count <= 64;
    }

    /// <summary>
    /// The text of one factor of a written-out dot and the norm dividing it: a component of a unit vector
    /// (<c>u.X</c>, <c>u = v / |v|</c>) is v's component over |v|, a quotient <c>v.X / N</c> (N a norm) its dividend
    /// over N, a local written once its value; any other factor its text and no norm. Null when it has no text.
    /// </summary>
    private (string Text, string? Unit)? FactorKey(IOperation factor, CosineScope scope, int hops)
    {
        factor = Unwrap(factor)!;
        if (hops <= MaxCosineHops)
        {
            switch (factor)
            {
                case IFieldReferenceOperation { Instance: { } vector, Field.Name: "X" or "Y" or "Z" or "W" } component
                    when WellKnownSymbols.IsNumericsVectorRecord(vector.Type) && UnitVector(vector, scope, hops + 1) is { } unit
                        && VectorComponentText(unit, component.Field.Name, scope, 0) is { } text && VectorKey(unit, scope) is { } norm:
                    return (text, norm);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient when !WellKnownSymbols.IsNumericsVectorRecord(quotient.Type)
                    && SingleNorm(quotient.RightOperand, scope, hops + 1) is { } divisor && CosineText(quotient.LeftOperand, scope, 0) is { } dividend:
                    return (dividend, divisor);
                case ILocalReferenceOperation { Local: var local } when !scope.Names.ContainsKey(local) && CosineSingleValue(local) is { } value
                    && Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } or IFieldReferenceOperation:
                    return FactorKey(value, scope, hops + 1);
            }
        }

        return CosineText(factor, scope, 0) is { } plain ? (plain, null) : null;
    }

    /// <summary>A vector argument of <c>Dot</c> as its key and, for a unit vector, the norm dividing it; null when it has no key.</summary>
    private (string Key, string? Unit)? VectorOperand(IOperation vector, CosineScope scope, int hops)
    {
        if (UnitVector(vector, scope, hops + 1) is { } unit)
        {
            return VectorKey(unit, scope) is { } key ? (key, key) : null;
        }

        return VectorKey(vector, scope) is { } plain ? (plain, null) : null;
    }

    /// <summary>
    /// v when <paramref name="vector"/> is v scaled to unit length: <c>VectorN.Normalize(v)</c>, <c>v / N</c> or
    /// <c>v * (1 / N)</c> with N a norm of v (an eps added keeps the length ≤ 1), or a local written once as one of these.
    /// </summary>
    private IOperation? UnitVector(IOperation vector, CosineScope scope, int hops)
    {
        vector = Unwrap(vector)!;
        if (hops > MaxCosineHops || !WellKnownSymbols.IsNumericsVectorRecord(vector.Type))
        {
            return null;
        }

        switch (vector)
        {
            case ILocalReferenceOperation { Local: var local } when !scope.Names.ContainsKey(local) && CosineSingleValue(local) is { } value:
                return UnitVector(value, scope, hops + 1);
            case IInvocationOperation { TargetMethod: { Name: "Normalize", IsStatic: true }, Arguments.Length: 1 } normalize
                when WellKnownSymbols.IsNumericsVectorRecord(normalize.TargetMethod.ContainingType):
                return normalize.Arguments[0].Value;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide when WellKnownSymbols.IsNumericsVectorRecord(divide.LeftOperand.Type):
                return IsNormOf(divide.RightOperand, divide.LeftOperand, scope, hops) ? divide.LeftOperand : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply:
                var (scaled, factor) = WellKnownSymbols.IsNumericsVectorRecord(multiply.LeftOperand.Type)
                    ? (multiply.LeftOperand, multiply.RightOperand)
                    : (multiply.RightOperand, multiply.LeftOperand);
                return Unwrap(factor) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } reciprocal && ProvenConstant(reciprocal.LeftOperand) is 1
                    && WellKnownSymbols.IsNumericsVectorRecord(scaled.Type) && IsNormOf(reciprocal.RightOperand, scaled, scope, hops) ? scaled : null;
            default:
                return null;
        }
    }

    /// <summary>True when <paramref name="divisor"/> is a norm of exactly <paramref name="vector"/> (eps allowed).</summary>
    private bool IsNormOf(IOperation divisor, IOperation vector, CosineScope scope, int hops) =>
        SingleNorm(divisor, scope, hops + 1) is { } norm && norm == VectorKey(vector, scope);

    /// <summary>The key of the one vector whose norm <paramref name="operation"/> is, else null.</summary>
    private string? SingleNorm(IOperation operation, CosineScope scope, int hops)
    {
        var norms = new List<string>();
        return CollectNorms(operation, scope, hops, norms) && norms.Count == 1 ? norms[0] : null;
    }

    /// <summary>The key of a <c>Vector2/3/4</c> value: its component texts, sorted; null for another type or an unknown component.</summary>
    private string? VectorKey(IOperation vector, CosineScope scope)
    {
        var components = new List<string>();
        foreach (var component in ComponentNames(vector.Type))
        {
            if (VectorComponentText(vector, component, scope, 0) is not { } text)
            {
                return null;
            }

            components.Add(text);
        }

        return components.Count == 0 ? null : JoinComponents(components);
    }

    /// <summary>The key of <c>a - b</c> for two vectors (a distance's vector), as a written difference reads.</summary>
    private string? DifferenceKey(IOperation a, IOperation b, CosineScope scope)
    {
        var components = new List<string>();
        foreach (var component in ComponentNames(a.Type))
        {
            if (VectorComponentText(a, component, scope, 0) is not { } left || VectorComponentText(b, component, scope, 0) is not { } right)
            {
                return null;
            }

            components.Add("(" + left + " " + BinaryOperatorKind.Subtract + " " + right + ")");
        }

        return components.Count == 0 ? null : JoinComponents(components);
    }

    private static string JoinComponents(List<string> components)
    {
        components.Sort(System.StringComparer.Ordinal);
        return string.Join(ComponentSeparator, components);
    }

    private static string[] ComponentNames(ITypeSymbol? type) =>
        !WellKnownSymbols.IsNumericsVectorRecord(type) ? System.Array.Empty<string>()
        : type!.Name switch
        {
            "Vector2" => new[] { "X", "Y" },
            "Vector3" => new[] { "X", "Y", "Z" },
            _ => new[] { "X", "Y", "Z", "W" },
        };

    /// <summary>
    /// The text of one component of a vector expression, as its written-out arithmetic reads: <c>(a - b).X</c> is
    /// <c>(a.X Subtract b.X)</c>, <c>(s * v).X</c> is <c>(s Multiply v.X)</c>, <c>new Vector3(x, y, z).Y</c> is y's
    /// text, a local written once its value's component, anything else its text and the component's name.
    /// </summary>
    private string? VectorComponentText(IOperation? vector, string component, CosineScope scope, int depth)
    {
        vector = Unwrap(vector);
        if (vector is null || depth > MaxCosineTextDepth)
        {
            return null;
        }

        if (!WellKnownSymbols.IsNumericsVectorRecord(vector.Type))
        {
            // The scalar of a scaling, s * v.
            return CosineText(vector, scope, depth + 1);
        }

        switch (vector)
        {
            case IBinaryOperation binary:
                return VectorComponentText(binary.LeftOperand, component, scope, depth + 1) is { } left
                    && VectorComponentText(binary.RightOperand, component, scope, depth + 1) is { } right
                    ? "(" + left + " " + binary.OperatorKind + " " + right + ")"
                    : null;
            case IUnaryOperation unary:
                return VectorComponentText(unary.Operand, component, scope, depth + 1) is { } operand ? unary.OperatorKind + "(" + operand + ")" : null;
            case ILocalReferenceOperation { Local: var local } reference when !scope.Names.ContainsKey(local) && EnclosingForEachOf(reference) is null
                && CosineSingleValue(local) is { } value:
                return VectorComponentText(value, component, scope, depth + 1);
            case IObjectCreationOperation creation when creation.Arguments.Length == ComponentNames(vector.Type).Length
                && creation.Arguments.All(argument => !WellKnownSymbols.IsNumericsVectorRecord(argument.Value.Type)):
                var index = System.Array.IndexOf(ComponentNames(vector.Type), component);
                return CosineText(creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == index)?.Value, scope, depth + 1);
            default:
                return CosineText(vector, scope, depth + 1) is { } text ? text + "." + component : null;
        }
    }
}
