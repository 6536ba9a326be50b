using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Scalars of <c>System.Numerics</c> vectors (HeldOut61's <c>PointAttention_RawLinqScores</c> and
/// <c>PaletteQuantise_ImageNearest</c>): <c>Vector3.Dot(q, keys[j])</c>, <c>Vector3.DistanceSquared(p, c[k])</c>,
/// <c>Vector2.Distance</c>, <c>Vector4.Dot</c>, <c>v.Length()</c>, <c>v.LengthSquared()</c> are pure functions of their
/// vectors' components: the value is data read where its vector arguments are read (<c>keys[j]</c> varies with
/// <c>j</c>, <c>q</c> is fixed), as the same value written out as arithmetic
/// (<c>q.X * keys[j].X + q.Y * keys[j].Y + q.Z * keys[j].Z</c>) is. Before, the call was opaque, so a raw exp of it, or
/// a whole-batch extremum of it used as a shift, went unreported.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The facts of a vector scalar call (<see cref="IsVectorScalarFunction"/>): every vector it reads, merged. What an
    /// argument subtracts shifts nothing of the result: <c>(k - q).LengthSquared()</c> and <c>Dot(q - c, k)</c> are
    /// not bounded by <c>q</c> or <c>c</c> (a square or a product of the difference), so their shifts are dropped; a
    /// shift of the scalar itself (<c>Dot(q, k) - m</c>) is outside the call and read as usual. Null for any other call.
    /// </summary>
    private ValueFacts? VectorScalarValue(IInvocationOperation invocation)
    {
        if (!IsVectorScalarFunction(invocation.TargetMethod))
        {
            return null;
        }

        var facts = invocation.Instance is { } instance ? Eval(instance) : ValueFacts.Empty;
        foreach (var argument in invocation.Arguments)
        {
            facts = facts.Merge(Eval(argument.Value));
        }

        return facts.With(shifts: facts.Shifts.Clear());
    }

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
