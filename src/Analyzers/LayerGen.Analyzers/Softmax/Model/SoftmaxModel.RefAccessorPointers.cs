using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Ref accessors over native memory (RefAccessors.cs reads those over arrays): <c>ref double At(int c, int b) =&gt; ref
/// _ptr[c * batch + b]</c>, <c>ref *(_ptr + i)</c> and <c>ref Unsafe.Add(ref _first, i)</c> (also of
/// <c>ref MemoryMarshal.GetArrayDataReference(_data)</c>) return one element of the pointer's (the reference's) buffer,
/// so each call is that element with the caller's arguments, as for <c>ref _data[i]</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The storage (an array, a pointer or a reference) and the indices of the element a ref accessor returns.</summary>
    private sealed class AccessedElement
    {
        public AccessedElement(IOperation storage, IReadOnlyList<IOperation> indices, IReadOnlyList<IOperation>? offsets = null)
        {
            Storage = storage;
            Indices = indices;
            Offsets = offsets ?? System.Array.Empty<IOperation>();
        }

        /// <summary>Further terms of the (single) index: the offsets added to a pointer before it is dereferenced.</summary>
        public IReadOnlyList<IOperation> Offsets { get; }

        /// <summary>The array, pointer or reference the element belongs to, as written in the accessor's body.</summary>
        public IOperation Storage { get; }

        /// <summary>The element's indices in the accessor's terms.</summary>
        public IReadOnlyList<IOperation> Indices { get; }
    }

    /// <summary><c>p[i]</c> of a non-array, <c>*(p + i)</c> or <c>Unsafe.Add(ref b, i)</c>: the syntax of a pointer or reference element (whether it is one is bound later).</summary>
    private static bool IsPointerAccessorSyntax(ExpressionSyntax element) => element switch
    {
        ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access => !HasCallOrAssignment(access),
        PrefixUnaryExpressionSyntax indirection when indirection.IsKind(SyntaxKind.PointerIndirectionExpression) => !HasCallOrAssignment(indirection.Operand),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" }, ArgumentList.Arguments: [var first, var offset] } =>
            !HasCallOrAssignment(offset) && (first.Expression is not InvocationExpressionSyntax call || call.ArgumentList.Arguments.All(argument => !HasCallOrAssignment(argument))),
        _ => false,
    };

    private static bool HasCallOrAssignment(SyntaxNode node) =>
        node.DescendantNodesAndSelf().Any(inner => inner is InvocationExpressionSyntax or AssignmentExpressionSyntax);

    /// <summary>The name the accessor's storage is read by: <c>data</c> of <c>data[i]</c>, <c>p</c> of <c>*(p + i)</c>, <c>b</c> of <c>Unsafe.Add(ref b, i)</c>.</summary>
    private static string? AccessorStorageName(ExpressionSyntax element) => element switch
    {
        ElementAccessExpressionSyntax access => (access.Expression as IdentifierNameSyntax)?.Identifier.ValueText,
        PrefixUnaryExpressionSyntax { Operand: ParenthesizedExpressionSyntax { Expression: BinaryExpressionSyntax sum } } =>
            (sum.Left as IdentifierNameSyntax ?? sum.Right as IdentifierNameSyntax)?.Identifier.ValueText,
        PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax pointer } => pointer.Identifier.ValueText,
        InvocationExpressionSyntax { ArgumentList.Arguments: [var first, _] } => (first.Expression as IdentifierNameSyntax)?.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The pointer (or reference) element an accessor body binds to, of the accessor's own element type: its pointer and
    /// index; a reference taken by <c>MemoryMarshal.GetArrayDataReference(a)</c> / <c>GetReference(s)</c> is the flat
    /// buffer it refers to. Null for anything else (no index, another element type).
    /// </summary>
    private static AccessedElement? PointerAccessorElement(IOperation operation, IMethodSymbol method)
    {
        // A pointer element's operation has no type: its element type is the pointer's.
        if (PointerElement(operation) is not var (pointer, index) || index is null
            || !SymbolEqualityComparer.Default.Equals(pointer.Type is IPointerTypeSymbol { PointedAtType: var pointed } ? pointed : operation.Type, method.ReturnType))
        {
            return null;
        }

        // *(_ptr + c * n + b) binds as (_ptr + c * n) + b: the base pointer, the offsets summed.
        var offsets = new List<IOperation>();
        while (Unwrap(pointer) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type: IPointerTypeSymbol } sum && offsets.Count < MaxAccessorNodes)
        {
            var (inner, offset) = sum.LeftOperand.Type is IPointerTypeSymbol ? (sum.LeftOperand, sum.RightOperand) : (sum.RightOperand, sum.LeftOperand);
            offsets.Add(offset);
            pointer = inner;
        }

        if (Unwrap(pointer) is IInvocationOperation { TargetMethod: { Name: "GetArrayDataReference" or "GetReference", IsStatic: true, ContainingType.Name: "MemoryMarshal" }, Arguments: [var whole] }
            && whole.Value.Type is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" })
        {
            pointer = whole.Value;
        }

        return new AccessedElement(pointer, new IOperation[] { index }, offsets);
    }
}
