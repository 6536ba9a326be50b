using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A cosine similarity times a constant: <c>s · Σ a_k·b_k / (√Σ a_k² · √Σ b_k²)</c>. Invariant: by Cauchy–Schwarz the
/// dot product of two vectors is at most the product of their norms, so when the denominator is the product of the
/// norms of exactly the two vectors of the numerator (same buffers read the same way, see
/// <see cref="CosineElementKey"/>), the quotient lies in [−s, s]; a positive <c>eps</c> added to the denominator
/// (<c>+ 1e-8f</c>, <c>Math.Max(·, eps)</c>, also under the square root) only makes it larger and keeps the bound.
/// Such a quotient is marked like a clamp (CosineScales.cs decides whether exp of it, scaled, fits the element type).
/// The dot and the sums of squares are read from an accumulator (<c>dot += q[d] * k[j][d]</c> reset before its walk),
/// a LINQ fold (<c>q.Zip(k, (x, y) =&gt; x * y).Sum()</c>, <c>v.Sum(x =&gt; x * x)</c>), a local written once, or a
/// helper or local function of this file returning one (<c>Dot(q, k[j]) / (Norm(q) * Norm(k[j]))</c>). A numerator
/// that is not the dot of the denominator's two vectors (<c>dot(q, k) / |q|</c>, <c>dot(q, k) / (|q|·|v|)</c>) or a
/// non-constant factor (<c>dot * logitScale / …</c>) is no cosine.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals and helper calls are followed at most from the quotient to a dot or a norm.</summary>
    private const int MaxCosineHops = 6;

    /// <summary>
    /// The constant <c>s</c> when <paramref name="divide"/> is <c>s · cos(a, b)</c> (see the type's summary), else null.
    /// A dot of unit vectors (<c>Dot(Normalize(a), b / |b|)</c>, VectorCosines.cs) brings its norms along, so it needs
    /// no denominator.
    /// </summary>
    private double? CosineQuotientScale(IOperation divide)
    {
        var numerator = new List<IOperation>();
        var denominator = new List<IOperation>();
        var scale = 1.0;
        if (!SplitFraction(divide, inNumerator: true, numerator, denominator, ref scale) || numerator.Count != 1)
        {
            return null;
        }

        var scope = CosineScope.Outer;
        if (DotOperands(numerator[0], scope, 0) is not var (a, b, units) || denominator.Count + units.Count == 0)
        {
            return null;
        }

        var norms = new List<string>(units);
        foreach (var factor in denominator)
        {
            if (!CollectNorms(factor, scope, 0, norms))
            {
                return null;
            }
        }

        norms.Sort(System.StringComparer.Ordinal);
        var vectors = new List<string> { a, b };
        vectors.Sort(System.StringComparer.Ordinal);
        return norms.SequenceEqual(vectors, System.StringComparer.Ordinal) ? scale : null;
    }

    /// <summary>
    /// Splits a product/quotient tree into the factors above and below the fraction bar; proven constants go into
    /// <paramref name="scale"/> as magnitudes (a zero divisor fails).
    /// </summary>
    private bool SplitFraction(IOperation operation, bool inNumerator, List<IOperation> numerator, List<IOperation> denominator, ref double scale)
    {
        operation = Unwrap(operation)!;
        if (ProvenConstant(operation) is { } constant)
        {
            if (inNumerator)
            {
                scale *= System.Math.Abs(constant);
                return true;
            }

            scale /= System.Math.Abs(constant);
            return constant != 0;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply:
                return SplitFraction(multiply.LeftOperand, inNumerator, numerator, denominator, ref scale)
                    && SplitFraction(multiply.RightOperand, inNumerator, numerator, denominator, ref scale);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide:
                return SplitFraction(divide.LeftOperand, inNumerator, numerator, denominator, ref scale)
                    && SplitFraction(divide.RightOperand, !inNumerator, numerator, denominator, ref scale);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                return SplitFraction(unary.Operand, inNumerator, numerator, denominator, ref scale);
            default:
                (inNumerator ? numerator : denominator).Add(operation);
                return true;
        }
    }

    /// <summary>
    /// The two vectors (as element keys) whose dot product <paramref name="operation"/> computes, and the norms it is
    /// already divided by (of unit vectors, VectorCosines.cs), else null.
    /// </summary>
    private (string A, string B, ImmutableList<string> Units)? DotOperands(IOperation operation, CosineScope scope, int hops)
    {
        operation = Unwrap(operation)!;
        if (hops > MaxCosineHops)
        {
            return null;
        }

        switch (operation)
        {
            case ILocalReferenceOperation { Local: var local }:
                if (CosineSingleValue(local) is { } value)
                {
                    return DotOperands(value, scope, hops + 1);
                }

                return CosineAccumulatorFold(local) is var (fold, anchor) ? ProductOperands(fold, scope.WithAnchor(anchor)) : null;
            case IInvocationOperation call when CosineLinqFold(call, scope) is var (body, lambdaScope):
                return ProductOperands(body, lambdaScope);
            case IInvocationOperation call when CosineHelperReturn(call, scope) is var (returned, helperScope):
                return DotOperands(returned, helperScope, hops + 1);
            case IInvocationOperation call:
                return VectorDotOperands(call, scope, hops + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum:
                return ComponentSumOperands(sum, scope, hops + 1);
            default:
                return null;
        }
    }

    /// <summary>
    /// The element keys of the two factors of a fold's product <c>a[k] * b[k]</c> (or <c>Pow(a[k], 2)</c>, or a dot of
    /// vector elements <c>Dot(a[k], b[k])</c>, <c>a[k].X * b[k].X + …</c>), else null.
    /// </summary>
    private (string A, string B, ImmutableList<string> Units)? ProductOperands(IOperation fold, CosineScope scope)
    {
        fold = Unwrap(fold)!;
        if (fold is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
            && CosineElementKey(product.LeftOperand, scope, 0) is { } left && CosineElementKey(product.RightOperand, scope, 0) is { } right)
        {
            return (left, right, ImmutableList<string>.Empty);
        }

        if (fold is IInvocationOperation { Arguments.Length: 2 } pow && Symbols.IsPow(pow.TargetMethod) && ConstantOf(pow.Arguments[1].Value) is 2
            && CosineElementKey(pow.Arguments[0].Value, scope, 0) is { } squared)
        {
            return (squared, squared, ImmutableList<string>.Empty);
        }

        // Σ_k Σ_c a[k].c·b[k].c: the keys must move along the walk, and a unit vector's norm differs per element.
        var vectors = fold switch
        {
            IInvocationOperation call => VectorDotOperands(call, scope, 0),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum => ComponentSumOperands(sum, scope, 0),
            _ => null,
        };
        return vectors is var (a, b, units) && units.IsEmpty && a.Contains("#") && b.Contains("#") ? vectors : null;
    }

    /// <summary>
    /// Adds the vector of each norm <paramref name="operation"/> multiplies (<c>√Σ a²</c>, <c>√(Σ a² · Σ b²)</c>, a norm
    /// helper, a local holding one; <c>+ eps</c> and <c>Max(·, eps)</c> with a positive constant are skipped).
    /// </summary>
    private bool CollectNorms(IOperation operation, CosineScope scope, int hops, List<string> norms)
    {
        operation = Unwrap(operation)!;
        if (hops > MaxCosineHops)
        {
            return false;
        }

        if (WithoutPositiveFloor(operation) is { } floored)
        {
            return CollectNorms(floored, scope, hops + 1, norms);
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return CollectNorms(product.LeftOperand, scope, hops + 1, norms) && CollectNorms(product.RightOperand, scope, hops + 1, norms);
            case IInvocationOperation { Arguments.Length: 1 } sqrt when WellKnownSymbols.IsScalarMathFunction(sqrt.TargetMethod) && sqrt.TargetMethod.Name == "Sqrt":
                return CollectSquaredNorms(sqrt.Arguments[0].Value, scope, hops + 1, norms);
            case ILocalReferenceOperation { Local: var local } when CosineSingleValue(local) is { } value:
                return CollectNorms(value, scope, hops + 1, norms);
            case IInvocationOperation call when CosineHelperReturn(call, scope) is var (returned, helperScope):
                return CollectNorms(returned, helperScope, hops + 1, norms);
            case IInvocationOperation call when VectorNormKey(call, scope, hops + 1) is { } vector:
                norms.Add(vector);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Adds the vector of each sum of squares <paramref name="operation"/> multiplies (under a square root).</summary>
    private bool CollectSquaredNorms(IOperation operation, CosineScope scope, int hops, List<string> norms)
    {
        operation = Unwrap(operation)!;
        if (hops > MaxCosineHops)
        {
            return false;
        }

        if (WithoutPositiveFloor(operation) is { } floored)
        {
            return CollectSquaredNorms(floored, scope, hops + 1, norms);
        }

        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            return CollectSquaredNorms(product.LeftOperand, scope, hops + 1, norms) && CollectSquaredNorms(product.RightOperand, scope, hops + 1, norms);
        }

        if (operation is ILocalReferenceOperation { Local: var local } && CosineSingleValue(local) is { } value
            && Unwrap(value) is IBinaryOperation or ILocalReferenceOperation)
        {
            return CollectSquaredNorms(value, scope, hops + 1, norms);
        }

        // Σ a·a: a dot product of a vector with itself.
        if (DotOperands(operation, scope, hops) is var (a, b, units) && a == b && units.IsEmpty)
        {
            norms.Add(a);
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>v</c> of <c>v + eps</c>, <c>eps + v</c> or <c>Max(v, eps)</c> with a proven positive constant <c>eps</c>: a
    /// denominator made larger than a product of norms still bounds the cosine. Null otherwise.
    /// </summary>
    private IOperation? WithoutPositiveFloor(IOperation operation) =>
        operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ProvenConstant(add.RightOperand) is > 0 => add.LeftOperand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ProvenConstant(add.LeftOperand) is > 0 => add.RightOperand,
            IInvocationOperation { Arguments.Length: 2 } max when WellKnownSymbols.IsScalarMathFunction(max.TargetMethod) && max.TargetMethod.Name == "Max" =>
                ProvenConstant(max.Arguments[1].Value) is > 0 ? max.Arguments[0].Value : ProvenConstant(max.Arguments[0].Value) is > 0 ? max.Arguments[1].Value : null,
            _ => null,
        };
}
