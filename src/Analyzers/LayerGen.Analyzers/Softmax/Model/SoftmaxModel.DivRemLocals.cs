using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Locals <c>Math.DivRem</c> names: <c>var (r, c) = Math.DivRem(k, n)</c> (also <c>(r, c) = int.DivRem(k, n)</c> and
/// <c>T.DivRem</c> of generic math) gives r = <c>k / n</c>, c = <c>k % n</c>; <c>Math.DivRem(k, n, out int c)</c> gives
/// c = <c>k % n</c> (its return value, the quotient, is read in <see cref="RowSlotDivision"/>). Each is one more
/// spelling of the quotient or remainder a flat counter is split with, read wherever <c>k / n</c> and <c>k % n</c> are.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The (dividend, divisor, is-quotient) a local written once by an integer <c>DivRem</c> stands for; null for any
    /// other local.
    /// </summary>
    private (IOperation Dividend, IOperation Divisor, bool IsQuotient)? DivRemLocal(ILocalSymbol local)
    {
        if (WritesOf(local) is not { Count: 1 } writes)
        {
            return null;
        }

        switch (writes[0].Operation)
        {
            case IDeconstructionAssignmentOperation deconstruction
                when Unwrap(deconstruction.Value) is IInvocationOperation { Arguments.Length: 2 } call && IsIntegerDivRem(call.TargetMethod)
                && DeconstructedPosition(local, deconstruction.Target) is (var position, 2):
                // The tuple is (Quotient, Remainder).
                return (ArgumentValue(call, 0), ArgumentValue(call, 1), position == 0);
            case IArgumentOperation { Parameter.Ordinal: 2, Parent: IInvocationOperation { Arguments.Length: 3 } call } when IsIntegerDivRem(call.TargetMethod):
                return (ArgumentValue(call, 0), ArgumentValue(call, 1), false);
            default:
                return null;
        }
    }

    /// <summary>
    /// An integer <c>DivRem</c>: <c>System.Math.DivRem</c> over an integer type, <c>int.DivRem</c>/<c>long.DivRem</c>
    /// (the static members of the integer types) or <c>IBinaryInteger&lt;T&gt;.DivRem</c> called through a type parameter.
    /// </summary>
    private static bool IsIntegerDivRem(IMethodSymbol method)
    {
        if (method is not { Name: "DivRem", ContainingType: { } type } || method.Parameters.Length < 2)
        {
            return false;
        }

        var operand = method.Parameters[0].Type;
        return type is { Name: "Math", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && IsIntegerType(operand)
            || IsIntegerType(type) && SymbolEqualityComparer.Default.Equals(type, operand)
            || type is { Name: "IBinaryInteger", Arity: 1, ContainingNamespace: { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
    }

    /// <summary>A built-in integer type (the operand types of integer division).</summary>
    private static bool IsIntegerType(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
}
