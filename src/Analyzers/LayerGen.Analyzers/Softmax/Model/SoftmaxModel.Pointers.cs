using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Pointers in the index model. Roslyn binds <c>p[i]</c>, <c>*(p + i)</c>, <c>*p</c> and the initialiser of
/// <c>fixed (float* q = a)</c> as <see cref="OperationKind.None"/> operations, so they are recognised by their syntax
/// and their children: an element access is a read of the pointer's flat buffer at the index, <c>p + offset</c> is a
/// slice of it (like <c>AsSpan(offset)</c>), and a fixed pointer is the array it pins.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The pointer and the index of <c>p[i]</c>, <c>*(p + i)</c>, <c>*(i + p)</c> or <c>*p</c> (index null: element 0);
    /// null for anything else. A managed <c>Unsafe.Add(ref b, i)</c> is the same element access (<see cref="RefElement"/>).
    /// </summary>
    public static (IOperation Pointer, IOperation? Index)? PointerElement(IOperation? operation)
    {
        if (RefElement(operation) is var (reference, index))
        {
            return (reference, index);
        }

        if (operation is not { Kind: OperationKind.None })
        {
            return null;
        }

        var children = operation.ChildOperations.ToList();
        switch (operation.Syntax)
        {
            case ElementAccessExpressionSyntax when children.Count == 2 && children[0].Type is IPointerTypeSymbol:
                return (children[0], children[1]);
            case PrefixUnaryExpressionSyntax indirection when indirection.IsKind(SyntaxKind.PointerIndirectionExpression) && children.Count == 1:
                var operand = Unwrap(children[0])!;
                if (operand is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
                {
                    if (add.LeftOperand.Type is IPointerTypeSymbol)
                    {
                        return (add.LeftOperand, add.RightOperand);
                    }

                    if (add.RightOperand.Type is IPointerTypeSymbol)
                    {
                        return (add.RightOperand, add.LeftOperand);
                    }
                }

                return operand.Type is IPointerTypeSymbol ? (operand, null) : null;
            default:
                return null;
        }
    }

    /// <summary>The view a pointer expression denotes: <c>p + offset</c> (a slice), a pinned array, <c>&amp;a[k]</c>.</summary>
    private BufferView? PointerView(IOperation operation)
    {
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type is IPointerTypeSymbol:
                var (pointer, offset) = add.LeftOperand.Type is IPointerTypeSymbol ? (add.LeftOperand, add.RightOperand) : (add.RightOperand, add.LeftOperand);
                return offset.Type is IPointerTypeSymbol || EvalView(pointer) is not { Layout: BufferLayout.Flat } flat
                    ? null
                    : flat.Slice(Linear(offset), OffsetDims(flat, offset));
            case IAddressOfOperation { Reference: var reference } when Unwrap(reference) is IArrayElementReferenceOperation { Indices.Length: 1 } element:
                return EvalView(element.ArrayReference) is { Layout: BufferLayout.Flat } array
                    ? array.Slice(Linear(element.Indices[0]), OffsetDims(array, element.Indices[0]))
                    : null;
            case { Kind: OperationKind.None } pinned when PointerElement(pinned) is null && pinned.ChildOperations.Count == 1
                && pinned.ChildOperations.First() is var child && child.Syntax == pinned.Syntax:
                // fixed (float* q = a): the initialiser wraps the array it pins; of a T[,], its row-major storage (FlatStorage.cs).
                return StorageOf(EvalView(child));
            default:
                return null;
        }
    }
}
