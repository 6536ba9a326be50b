using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A numeric conversion spelled as a call: <c>Convert.ToDouble(v)</c>, <c>double.CreateChecked(v)</c>,
/// <c>T.CreateTruncating(v)</c>, and the conversions of a generic numeric-operations object (AiDotNet's
/// <c>INumericOperations&lt;T&gt;</c>: <c>NumOps.ToDouble(logits[i])</c>, <c>NumOps.FromDouble(e)</c>). Like a cast, it
/// changes how a number is stored, not what it is, so the model reads through it (<see cref="SoftmaxModel.Unwrap"/>):
/// <c>exp(NumOps.ToDouble(x[i]))</c> exponentiates <c>x[i]</c>. Recognised from the signature only: one parameter of
/// a number type, a type parameter or <c>object</c> (<c>Convert.ToDouble(object)</c> of a generic <c>T</c>), returning
/// a floating-point type or a type parameter. Parsing (<c>Convert.ToDouble(string)</c>), rounding to an integer and
/// arithmetic of such an object (<c>NumOps.Subtract(a, b)</c>) and an instance <c>To*(int)</c> (a column accessor
/// <c>frame.ToDouble(i)</c>, which reads the element at <c>i</c>) are no conversions and stay opaque.
/// </summary>
internal static class NumericConversionCall
{
    /// <summary>The value <paramref name="call"/> converts, or null when it is no numeric conversion.</summary>
    public static IOperation? Operand(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (call.Arguments.Length != 1 || method.Parameters.Length != 1 || !IsConversionName(method.Name)
            || !IsFloatingOrGeneric(method.ReturnType) || !IsNumberLike(method.Parameters[0].Type))
        {
            return null;
        }

        // An instance To*/From* of an integer is an accessor by position (a data frame's column.ToDouble(i)), not a
        // conversion of that integer: what it returns is the element, opaque.
        if (!method.IsStatic && IsInteger(method.Parameters[0].Type))
        {
            return null;
        }

        // Create* are the generic-math conversions (static on double, float or a type parameter T); To*/From* are
        // System.Convert's statics or an instance method of a numeric-operations object.
        var isConversion = method.Name.StartsWith("Create", System.StringComparison.Ordinal)
            ? method.IsStatic
            : !method.IsStatic || method.ContainingType is { Name: "Convert", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
        return isConversion ? call.Arguments[0].Value : null;
    }

    private static bool IsConversionName(string name) =>
        name is "ToDouble" or "ToSingle" or "ToFloat" or "ToHalf" or "FromDouble" or "FromSingle" or "FromFloat"
            or "CreateChecked" or "CreateSaturating" or "CreateTruncating";

    private static bool IsFloatingOrGeneric(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Double or SpecialType.System_Single
        || type.TypeKind == TypeKind.TypeParameter
        || type is { Name: "Half", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsNumberLike(ITypeSymbol type) =>
        IsFloatingOrGeneric(type) || IsInteger(type) || type.SpecialType is SpecialType.System_Object or SpecialType.System_Decimal;

    private static bool IsInteger(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            or SpecialType.System_Byte or SpecialType.System_SByte;
}
