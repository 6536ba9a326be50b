using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A user method that returns a reference to one element of array storage (<c>ref double Cell(int c, int b) =&gt; ref
/// data[c * batch + b]</c>, <c>ref Stats At(int b) =&gt; ref _items[b]</c>, <c>static ref float Slot(float[] a, int i)
/// =&gt; ref a[i]</c>) is, at each call, that element: read (<c>Math.Max(m, z.Cell(c, b))</c>), written
/// (<c>z.Cell(c, b) /= norm</c>) or bound to a ref local (<c>ref var st = ref table.At(b)</c>), with the caller's
/// arguments in place of the parameters in the element's index, as a user indexer's getter is read (UserIndexers.cs).
/// The storage is a parameter (the argument passed for it) or the receiver's own member (a field, a property or a
/// captured primary-constructor parameter), the latter only where every call and read of that member in the method goes
/// through one receiver (the member is shared by all instances: two receivers' elements would read as one buffer); where
/// it goes through several, each receiver variable is its own buffer (ReceiverStorage.cs).
/// A value-returning accessor whose body returns one element (<c>float At(int i, int j) =&gt; _data[i * _cols + j]</c>)
/// is that element where it is read, as a user indexer's getter is (it cannot be written through).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>An accessor body larger than this is not read (such a body is one element access).</summary>
    private const int MaxAccessorNodes = 60;

    /// <summary>Per accessor method, the storage and indices of the element its body returns by reference; null when it returns anything else.</summary>
    private readonly Dictionary<IMethodSymbol, AccessedElement?> _accessorElements = new(SymbolEqualityComparer.Default);

    /// <summary>Per (receiver variable, storage member): true when every access of the member in the method goes through that receiver.</summary>
    private readonly Dictionary<(ISymbol? Owner, ISymbol Member), bool> _accessorReceivers = new(ReceiverMemberComparer.Instance);

    /// <summary>
    /// True when <paramref name="operation"/> is a call of a ref-returning user method whose body is one element access of
    /// an array (read from syntax only: whether the element can be placed is <see cref="RefAccessorElement"/>'s question).
    /// </summary>
    private static bool IsRefAccessorCall(IOperation? operation) =>
        operation is IInvocationOperation { TargetMethod: var method } && AccessorSyntax(method) is not null;

    /// <summary>
    /// The element access an accessor's body returns (by reference without <c>ref</c>, or by value): <c>data[c * batch + b]</c>, over
    /// native memory also <c>_ptr[i]</c>, <c>*(_ptr + i)</c> and <c>Unsafe.Add(ref first, i)</c> (RefAccessorPointers.cs); else null.
    /// </summary>
    private static ExpressionSyntax? AccessorSyntax(IMethodSymbol method)
    {
        var byReference = method.ReturnsByRef || method.ReturnsByRefReadonly;
        if (method is not { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false, IsGenericMethod: false }
            || !(WellKnownSymbols.IsNumeric(method.ReturnType) || byReference && WellKnownSymbols.IsRecord(method.ReturnType))
            || method.OriginalDefinition.DeclaringSyntaxReferences is not [var reference]
            || method.Parameters.Any(parameter => parameter.RefKind != RefKind.None))
        {
            return null;
        }

        // A value-returning accessor (float At(int i, int j) => _data[i * _cols + j]) reads the element it returns, as a
        // user indexer's getter does; only a ref-returning one can also be written through.
        var returned = BodySyntax.ReturnedExpression(reference.GetSyntax());
        return (byReference ? (returned as RefExpressionSyntax)?.Expression : returned) is { } element
            && !element.DescendantNodes().Skip(MaxAccessorNodes).Any()
            && (element is ElementAccessExpressionSyntax && !element.DescendantNodes().Any(node => node is InvocationExpressionSyntax or AssignmentExpressionSyntax)
                || IsPointerAccessorSyntax(element))
                ? element
                : null;
    }

    /// <summary>
    /// The receiver (the instance, or the argument passed for the storage parameter) and the caller's index arguments of a
    /// ref accessor call, the parts an indexer access has (<c>z.Cell(c, b)</c>: <c>z</c> and <c>c, b</c>); null for other operations.
    /// </summary>
    private static (IOperation? Receiver, IReadOnlyList<IOperation> Indices)? AccessorParts(IOperation? operation)
    {
        if (operation is not IInvocationOperation call || AccessorSyntax(call.TargetMethod) is not { } element)
        {
            return null;
        }

        var storage = AccessorStorageName(element);
        IOperation? receiver = call.Instance;
        var indices = new List<IOperation>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && parameter.Name == storage && !call.TargetMethod.IsExtensionMethod)
            {
                receiver = argument.Value;
            }
            else
            {
                indices.Add(argument.Value);
            }
        }

        return (receiver, indices);
    }

    /// <summary>
    /// The storage and the indices (in the accessor's terms, and in the caller's as loops times strides) of the element a
    /// ref accessor call returns; null when the body is no such element or its storage cannot be told apart per receiver.
    /// </summary>
    private (IOperation Storage, IReadOnlyList<IOperation> Indices, IReadOnlyList<LinearIndex> Linear, ISymbol? Receiver)? RefAccessorElement(IOperation? operation)
    {
        if (operation is not IInvocationOperation call || AccessorElementOf(call.TargetMethod.OriginalDefinition) is not { } element)
        {
            return null;
        }

        var arguments = new Dictionary<int, IOperation>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                return null;
            }

            arguments[argument.Parameter.Ordinal] = argument.Value;
        }

        IOperation storage;
        ISymbol? receiverRoot = null;
        IOperation? builtReceiver = null;
        switch (Unwrap(element.Storage))
        {
            case IParameterReferenceOperation { Parameter: var parameter } when IsParameterOf(parameter, call.TargetMethod.OriginalDefinition):
                // static ref float Slot(float[] a, int i) => ref a[i]: the array passed.
                if (!arguments.TryGetValue(parameter.Ordinal, out var passed))
                {
                    return null;
                }

                storage = passed;
                break;
            case var member when StorageMember(member) is { } symbol && IsSharedStorage(symbol):
                // z.At(c, b) read, p.At(c, b) written: each receiver its own buffer, this the member's (ReceiverStorage.cs).
                storage = element.Storage;
                if (call.Instance is { } instance && Unwrap(instance) is not IInstanceReferenceOperation)
                {
                    if (ConstructedMember(instance, symbol.OriginalDefinition) is { } built && EvalView(built) is { Root: not null })
                    {
                        // xt.At(a, g) of xt = x.T: the buffer it was built over, its strides as built (ReceiverConstructions.cs).
                        storage = built;
                        builtReceiver = instance;
                    }
                    else if (OwnStorageRoot(instance, symbol) is { } own)
                    {
                        receiverRoot = own;
                    }
                    else
                    {
                        return null;
                    }
                }

                break;
            case var member when StorageMember(member) is { } symbol && ReceiverOwnsStorage(call, symbol):
                storage = element.Storage;
                break;
            default:
                return null;
        }

        var linear = new List<LinearIndex>();
        foreach (var index in element.Indices)
        {
            if (SubstitutedIndex(index, arguments, call.TargetMethod.OriginalDefinition, builtReceiver) is not { } substituted)
            {
                return null;
            }

            linear.Add(substituted);
        }

        foreach (var offset in element.Offsets)
        {
            // *(_ptr + c * n + b): the pointer's offsets add to its one index (RefAccessorPointers.cs).
            if (linear.Count != 1 || SubstitutedIndex(offset, arguments, call.TargetMethod.OriginalDefinition, builtReceiver) is not { } shifted)
            {
                return null;
            }

            linear[0] = linear[0].Add(shifted);
        }

        return (storage, element.Indices, linear, receiverRoot);
    }

    /// <summary>The storage element the body of <paramref name="method"/> returns by reference, bound in its own file; memoised.</summary>
    private AccessedElement? AccessorElementOf(IMethodSymbol method)
    {
        if (_accessorElements.TryGetValue(method, out var known))
        {
            return known;
        }

        AccessedElement? result = null;
        if (AccessorSyntax(method) is { } syntax && SourceModel is { } model && syntax.SyntaxTree == model.SyntaxTree
            && Unwrap(model.GetOperation(syntax, _cancellationToken)) is { } operation)
        {
            if (operation is IArrayElementReferenceOperation element
                && element.ArrayReference.Type is IArrayTypeSymbol { ElementType: var elementType }
                && SymbolEqualityComparer.Default.Equals(elementType, method.ReturnType))
            {
                result = new AccessedElement(element.ArrayReference, element.Indices);
            }
            else
            {
                result = PointerAccessorElement(operation, method);
            }
        }

        _accessorElements[method] = result;
        return result;
    }

    /// <summary>True when <paramref name="parameter"/> is one of <paramref name="method"/>'s own parameters.</summary>
    private static bool IsParameterOf(IParameterSymbol parameter, IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method);

    /// <summary>
    /// The instance member an accessor's storage is: a field or property of <c>this</c>, or a primary-constructor parameter
    /// the type captures; null for anything else (a static field is one buffer for every receiver and is read as itself).
    /// </summary>
    private static ISymbol? StorageMember(IOperation? storage) => Unwrap(storage) switch
    {
        IFieldReferenceOperation { Field.IsStatic: false, Instance: var owner } field when Unwrap(owner) is IInstanceReferenceOperation => field.Field,
        IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false }, Instance: var owner } property when Unwrap(owner) is IInstanceReferenceOperation => property.Property,
        IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } parameter } => parameter,
        _ => null,
    };

    /// <summary>
    /// True when every access of <paramref name="member"/> in the method, direct or through a ref accessor returning its
    /// element, goes through the receiver of <paramref name="call"/> (a variable, or <c>this</c>); memoised.
    /// </summary>
    private bool ReceiverOwnsStorage(IInvocationOperation call, ISymbol member)
    {
        var receiver = call.Instance is null ? null : Unwrap(call.Instance);
        var owner = receiver is null or IInstanceReferenceOperation ? null : VariableOf(receiver);
        if (owner is null && receiver is not (null or IInstanceReferenceOperation))
        {
            return false;
        }

        var key = (owner, member);
        if (_accessorReceivers.TryGetValue(key, out var exclusive))
        {
            return exclusive;
        }

        // The owners of every access: null stands for this; the member itself for an owner that is no variable.
        var owners = new List<ISymbol?>();
        foreach (var node in _root.Descendants())
        {
            switch (node)
            {
                case IMemberReferenceOperation read when SymbolEqualityComparer.Default.Equals(read.Member.OriginalDefinition, member) && read.Instance is not null:
                    owners.Add(Unwrap(read.Instance) is IInstanceReferenceOperation ? null : VariableOf(read.Instance) ?? member);
                    break;
                case IParameterReferenceOperation captured when SymbolEqualityComparer.Default.Equals(captured.Parameter.OriginalDefinition, member):
                    owners.Add(null);
                    break;
                case IInvocationOperation other when AccessorElementOf(other.TargetMethod.OriginalDefinition) is { } element
                    && SymbolEqualityComparer.Default.Equals(StorageMember(element.Storage)?.OriginalDefinition, member):
                    var instance = other.Instance is null ? null : Unwrap(other.Instance);
                    owners.Add(instance is null or IInstanceReferenceOperation ? null : VariableOf(instance) ?? member);
                    break;
            }
        }

        exclusive = owners.Distinct(SymbolEqualityComparer.Default).ToList() is [var only] && SymbolEqualityComparer.Default.Equals(only, owner);
        _accessorReceivers[key] = exclusive;
        return exclusive;
    }
}
