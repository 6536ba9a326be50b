using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Scalars of <c>System.Numerics</c> vectors (HeldOut61's <c>PointAttention_RawLinqScores</c> and
/// <c>PaletteQuantise_ImageNearest</c>): <c>Vector3.Dot(q, keys[j])</c>, <c>Vector3.DistanceSquared(p, c[k])</c>,
/// <c>Vector2.Distance</c>, <c>Vector4.Dot</c>, <c>v.Length()</c>, <c>v.LengthSquared()</c> are pure functions of their
/// vectors' components. Invariant: a call reads exactly like its written-out float twin, built from the same
/// operations (<see cref="DifferenceValue"/>, <see cref="CombineKeepingBounds"/>, <see cref="AsScalingFactor"/>) the
/// model applies to the written arithmetic:
/// <c>Dot(a, b)</c> = Σ a.C·b.C, <c>DistanceSquared(a, b)</c> = Σ (a.C − b.C)², <c>Distance</c> its square root,
/// <c>v.LengthSquared()</c> = Σ v.C², <c>v.Length()</c> its square root (a square root and a sum of equal terms read as
/// their argument/term). In particular the subtrahend of a distance is a shift, as <c>a.X - b.X</c> records it
/// (round 2 cleared it for the call only, and so reported self-including kernels whose written-out twins are silent).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The facts of a vector scalar call (<see cref="IsVectorScalarFunction"/>), those of its written-out component
    /// arithmetic. Null for any other call.
    /// </summary>
    private ValueFacts? VectorScalarValue(IInvocationOperation invocation)
    {
        if (!IsVectorScalarFunction(invocation.TargetMethod))
        {
            return null;
        }

        switch (invocation.TargetMethod.Name)
        {
            case "Dot" when invocation.Arguments.Length == 2:
                // a.X * b.X + a.Y * b.Y + …: one product, the terms all alike.
                return ProductValue(Eval(invocation.Arguments[0].Value), Eval(invocation.Arguments[1].Value));
            case "Distance" or "DistanceSquared" when invocation.Arguments.Length == 2:
                // (a.X - b.X)² + …: the squared difference, b a shift as in the written subtraction.
                var difference = DifferenceValue(invocation, invocation.Arguments[0].Value, invocation.Arguments[1].Value);
                return ProductValue(difference, difference);
            case "Length" or "LengthSquared" when invocation.Instance is { } instance:
                // v.X * v.X + …: the square of the vector.
                var vector = Eval(instance);
                return ProductValue(vector, vector);
            default:
                return ValueFacts.Opaque();
        }
    }

    /// <summary>
    /// <c>VectorN.Normalize(v)</c> read as its written twin <c>v / v.Length()</c> (the divisor's facts without its
    /// shifts or dimensions, as the <c>Divide</c> case of <c>Eval</c> reads them); null for any other call.
    /// </summary>
    private ValueFacts? VectorNormalizeValue(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod is not { Name: "Normalize", IsStatic: true, Parameters.Length: 1 } method
            || !WellKnownSymbols.IsNumericsVectorRecord(method.ContainingType) || !WellKnownSymbols.IsNumericsVectorRecord(method.ReturnType))
        {
            return null;
        }

        var vector = Eval(invocation.Arguments[0].Value);
        var length = ProductValue(vector, vector).WithoutDims();
        return vector.Merge(length.With(shifts: length.Shifts.Clear()));
    }

    /// <summary>
    /// A component (<c>X</c>, <c>Y</c>, <c>Z</c>, <c>W</c>) of a <c>System.Numerics</c> vector that is no element member
    /// (those are read by Records.cs): the vector's facts, so that <c>u.X * q.X + …</c> with <c>u = keys[j] / 2f</c> reads
    /// what <c>Vector3.Dot(q, u)</c> does. Null for any other instance.
    /// </summary>
    private ValueFacts? VectorComponentValue(IOperation vector) =>
        WellKnownSymbols.IsNumericsVectorRecord(vector.Type) && vector is ILocalReferenceOperation or IBinaryOperation or IInvocationOperation or IParenthesizedOperation
            ? Eval(vector)
            : null;

    /// <summary>The facts of a product <c>l * r</c>, as the <c>Multiply</c> case of <c>Eval</c> reads a written one.</summary>
    private ValueFacts ProductValue(ValueFacts left, ValueFacts right) =>
        CombineKeepingBounds(AsScalingFactor(left), AsScalingFactor(right));

    /// <summary>
    /// <c>Dot</c>, <c>Distance</c>, <c>DistanceSquared</c> (static, two vectors) and <c>Length</c>, <c>LengthSquared</c>
    /// (instance, none) of <c>System.Numerics.Vector2/3/4</c>, returning a <c>float</c>. <c>Vector&lt;T&gt;</c> and the
    /// intrinsics vectors are not these (their lanes are read by Vectors.cs).
    /// </summary>
    private static bool IsVectorScalarFunction(IMethodSymbol method) =>
        method.ContainingType is { Name: "Vector2" or "Vector3" or "Vector4", Arity: 0 } type
        && type.ContainingNamespace?.ToDisplayString() == "System.Numerics"
        && method.ReturnType.SpecialType == SpecialType.System_Single
        && (method.IsStatic
            ? method.Name is "Dot" or "Distance" or "DistanceSquared" && method.Parameters.Length == 2
            : method.Name is "Length" or "LengthSquared" && method.Parameters.Length == 0);
}
