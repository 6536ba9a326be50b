using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a method may store values into a member (conservatively: any store the model cannot prove to be a setup is
/// "other values"). A reference to the member is followed up through the views that share its storage (an element, an
/// indexer, an implicit span, <c>AsSpan</c>/<c>Slice</c>, <c>&amp;x[0]</c>, a local or <c>ref</c> local alias) to what is
/// done with it: assigned, incremented, passed by <c>ref</c>/<c>out</c>, passed as the destination of a copy or of a
/// library kernel, filled by a helper of any type that writes its parameter, mutated by a call on it, iterated by
/// <c>ref</c>, returned by <c>ref</c>, pinned into a pointer. Reading it, copying it out, clearing it, resizing it, or
/// assigning or filling it with an allocation or a constant does not count.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many aliases and callees deep a store is followed; deeper is assumed to store.</summary>
    private const int MaxStoreDepth = 3;

    /// <summary>
    /// True when <paramref name="method"/> (not a probability writer of <paramref name="member"/>) may store other
    /// values into it. A method in another file (no semantic model here) counts when it names the member where a store
    /// could be (see <see cref="MayWrite"/>).
    /// </summary>
    private bool WritesOtherValues(IMethodSymbol method, ISymbol member)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var reference = method.DeclaringSyntaxReferences[0];
        if (!IsInSource(reference.SyntaxTree) || ModelFor(reference.SyntaxTree) is not { } semanticModel)
        {
            return MayWriteAnywhere(reference.GetSyntax(_cancellationToken), member.Name);
        }

        return StoresIntoMember(reference.GetSyntax(_cancellationToken), member, semanticModel, otherTypesOnly: false);
    }

    /// <summary>
    /// True when a method of a type outside <see cref="ThisTypeChain"/> declared in this file (another class, a nested
    /// type) may store values into <paramref name="member"/> (<c>head.Y[i] = …</c>, <c>s.CopyTo(head.Y, 0)</c>).
    /// </summary>
    private bool OtherTypesInFileWrite(ISymbol member) =>
        // A private member is reachable from other types only when its type nests some.
        (member.DeclaredAccessibility != Accessibility.Private || member.ContainingType?.GetTypeMembers().Length > 0)
        && SourceModel is { } semanticModel
        && StoresIntoMember(semanticModel.SyntaxTree.GetRoot(_cancellationToken), member, semanticModel, otherTypesOnly: true);

    /// <summary>
    /// True when a reference to <paramref name="member"/> under <paramref name="scope"/> may store into it (see
    /// <see cref="MayStoreInto"/>); with <paramref name="otherTypesOnly"/>, only references inside types that are not on
    /// <see cref="ThisTypeChain"/>.
    /// </summary>
    private bool StoresIntoMember(SyntaxNode scope, ISymbol member, SemanticModel semanticModel, bool otherTypesOnly)
    {
        var typeIsOnChain = new System.Collections.Generic.Dictionary<SyntaxNode, bool>();
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != member.Name)
            {
                continue;
            }

            if (otherTypesOnly)
            {
                if (identifier.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is not { } declaration)
                {
                    continue;
                }

                if (!typeIsOnChain.TryGetValue(declaration, out var onChain))
                {
                    onChain = IsOnThisTypeChain(semanticModel.GetDeclaredSymbol(declaration, _cancellationToken) as ITypeSymbol);
                    typeIsOnChain[declaration] = onChain;
                }

                if (onChain)
                {
                    continue;
                }
            }

            SyntaxNode node = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
            if (semanticModel.GetOperation(node, _cancellationToken) is IMemberReferenceOperation found
                && SymbolEqualityComparer.Default.Equals(found.Member.OriginalDefinition, member.OriginalDefinition)
                && MayStoreInto(found, semanticModel, depth: 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The syntactic fallback: the name is assigned, passed, called on, or initialises a local or a pinned pointer.</summary>
    private static bool MayWriteAnywhere(SyntaxNode body, string name) =>
        body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(identifier => identifier.Identifier.ValueText == name
            && identifier.Ancestors().TakeWhile(ancestor => ancestor is not StatementSyntax).Any(ancestor =>
                ancestor is AssignmentExpressionSyntax or ArgumentSyntax or InvocationExpressionSyntax or EqualsValueClauseSyntax
                    or RefExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax)
            || identifier.Ancestors().Any(ancestor => ancestor is FixedStatementSyntax or ForEachStatementSyntax));

    /// <summary>True when the storage <paramref name="storage"/> refers to may receive non-setup values where it is used.</summary>
    private bool MayStoreInto(IOperation storage, SemanticModel semanticModel, int depth)
    {
        if (depth > MaxStoreDepth)
        {
            return true;
        }

        var current = storage;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation conversion when IsReadOnlyView(conversion.Type):
                    return false;
                case IConversionOperation or IParenthesizedOperation or IAddressOfOperation:
                case IArrayElementReferenceOperation element when element.ArrayReference == current:
                case IMemberReferenceOperation member when member.Instance == current:
                    current = parent;
                    continue;
                case IInvocationOperation call when call.Instance == current:
                    if (CallOnStorage(call) is not { } receiverAnswer)
                    {
                        current = call;
                        continue;
                    }

                    return receiverAnswer;
                case IArgumentOperation argument:
                    if (argument.Parent is IInvocationOperation { TargetMethod.IsExtensionMethod: true, Instance: null } extension
                        && argument.Parameter is { Ordinal: 0 })
                    {
                        if (CallOnStorage(extension) is not { } extensionAnswer)
                        {
                            current = extension;
                            continue;
                        }

                        return extensionAnswer;
                    }

                    if (argument.Parent is IObjectCreationOperation creation && IsWritableView(creation.Type))
                    {
                        current = creation;
                        continue;
                    }

                    return ArgumentMayBeWritten(argument, semanticModel, depth);
                case IAssignmentOperation assignment when assignment.Target == current:
                    return IsStore(assignment, current);
                case IAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target is ILocalReferenceOperation alias
                        ? MayAlias(alias.Local, current) && LocalMayStore(alias.Local, semanticModel, depth)
                        : MayAlias(null, current);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return MayAlias(declarator.Symbol, current) && LocalMayStore(declarator.Symbol, semanticModel, depth);
                case IIncrementOrDecrementOperation or IDeconstructionAssignmentOperation:
                    return true;
                case IForEachLoopOperation loop when loop.Collection == current:
                    return loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol.IsRef: true };
                case IReturnOperation:
                    return OwnerOf(parent) is { ReturnsByRef: true };
                case { Kind: OperationKind.None }:
                    // A construct without an operation shape of its own (a pinned pointer, a pointer element): assumed to store.
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An assignment to the storage stores other values unless it rebinds a local or a by-value parameter
    /// (<c>view = other</c>, <c>slot = ref other</c>) or assigns an allocation or a constant (not compound).
    /// </summary>
    private static bool IsStore(IAssignmentOperation assignment, IOperation target) =>
        !(target is ILocalReferenceOperation { Local.IsRef: false } or IParameterReferenceOperation { Parameter.RefKind: RefKind.None }
            || assignment is ISimpleAssignmentOperation { IsRef: true }
            || assignment is not ICompoundAssignmentOperation && IsSetupValue(assignment.Value));

    /// <summary>
    /// True when a copy of <paramref name="value"/> into <paramref name="local"/> (or a member or element, when null)
    /// shares its storage: a <c>ref</c> local, a pointer, a writable span, or a reference to an array or object. A
    /// number or a read-only span is a copy or a read.
    /// </summary>
    private static bool MayAlias(ILocalSymbol? local, IOperation value) =>
        local is { IsRef: true }
        || (local?.Type ?? value.Type) is { } type && !IsReadOnlyView(type)
            && (type is IPointerTypeSymbol || IsWritableView(type) || type.IsReferenceType);

    /// <summary>
    /// A local that aliases the storage (an array or tensor reference, a span, a <c>ref</c> local, a pointer): every
    /// use of it is asked in turn. Reassigning a non-<c>ref</c> local rebinds it, it does not write the storage.
    /// </summary>
    private bool LocalMayStore(ILocalSymbol local, SemanticModel semanticModel, int depth)
    {
        if (local.Type is IPointerTypeSymbol)
        {
            return true;
        }

        if (local.DeclaringSyntaxReferences.Length != 1)
        {
            return true;
        }

        var scope = local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).FirstAncestorOrSelf<MemberDeclarationSyntax>()
            ?? (SyntaxNode?)local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (scope is null)
        {
            return true;
        }

        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == local.Name
                && semanticModel.GetOperation(identifier, _cancellationToken) is ILocalReferenceOperation use
                && SymbolEqualityComparer.Default.Equals(use.Local, local)
                && MayStoreInto(use, semanticModel, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A call made on the storage: null when it returns a view of the same storage (<c>AsSpan</c>, <c>Slice</c>, a
    /// <c>ref</c> return, another buffer or tensor), to be followed; else whether it stores into it. A call that returns
    /// a value reads; a void call mutates unless it copies out (<c>CopyTo</c>) or sets up (<see cref="IsSetupCall"/>).
    /// </summary>
    private static bool? CallOnStorage(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.ReturnsByRef || IsWritableView(method.ReturnType) || method.ReturnType is IPointerTypeSymbol
            || !method.ReturnsVoid && MemberStorage.MayHoldValues(method.ReturnType) && !IsReadOnlyView(method.ReturnType))
        {
            return null;
        }

        if (!method.ReturnsVoid)
        {
            return false;
        }

        return !(method.Name is "CopyTo" or "TryCopyTo" || IsSetupCall(call));
    }

    /// <summary>
    /// The storage passed as an argument: stored into when passed by <c>ref</c>/<c>out</c> (except <c>Array.Resize</c>),
    /// to a helper in this file whose parameter may be stored into, or (a library method) as a writable span, a
    /// destination (<c>destination</c>, <c>dst</c>), or the array a void method fills (<c>Array.Fill</c> with data,
    /// <c>Array.Copy</c>'s target, <c>CopyTo</c>'s array) — a <c>source</c> parameter reads.
    /// </summary>
    private bool ArgumentMayBeWritten(IArgumentOperation argument, SemanticModel semanticModel, int depth)
    {
        if (argument.Parameter is not { } parameter || argument.Parent is not IInvocationOperation call)
        {
            return argument.Parameter is null || argument.Parameter.RefKind is RefKind.Ref or RefKind.Out;
        }

        if (parameter.RefKind is RefKind.Ref or RefKind.Out)
        {
            return !(call.TargetMethod.Name == "Resize" && call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_Array);
        }

        if (parameter.RefKind == RefKind.In || IsReadOnlyView(parameter.Type))
        {
            return false;
        }

        var callee = call.TargetMethod.OriginalDefinition;
        if (callee.DeclaringSyntaxReferences.Length > 0)
        {
            return ParameterMayBeWritten(callee, parameter.Ordinal, semanticModel, depth);
        }

        var name = parameter.Name;
        if (name.IndexOf("source", StringComparison.OrdinalIgnoreCase) >= 0 || name.StartsWith("src", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (IsWritableView(parameter.Type) || parameter.Type is IPointerTypeSymbol
            || name.IndexOf("dest", StringComparison.OrdinalIgnoreCase) >= 0 || name.StartsWith("dst", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return call.TargetMethod.ReturnsVoid && parameter.Type is IArrayTypeSymbol or { SpecialType: SpecialType.System_Array } && !IsSetupCall(call)
            && !OnlyReadsItsArguments(call.TargetMethod);
    }

    /// <summary>
    /// Library methods known to read the arrays handed to them and write none (<c>Array.ForEach(probs, Print)</c>, console,
    /// debug and trace output, a text writer's <c>Write</c>): handing a member to them is a read, not a store.
    /// </summary>
    private static bool OnlyReadsItsArguments(IMethodSymbol method)
    {
        var type = method.ContainingType?.ToDisplayString();
        return type switch
        {
            "System.Array" => method.Name == "ForEach",
            "System.Console" or "System.Diagnostics.Debug" or "System.Diagnostics.Trace" => true,
            "System.IO.TextWriter" or "System.IO.StreamWriter" or "System.IO.StringWriter" => method.Name.StartsWith("Write", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Whether a method declared in this file may store into its parameter at <paramref name="ordinal"/>; elsewhere assumed to.</summary>
    private bool ParameterMayBeWritten(IMethodSymbol callee, int ordinal, SemanticModel semanticModel, int depth)
    {
        if (callee.DeclaringSyntaxReferences.Length != 1 || ordinal >= callee.Parameters.Length
            || callee.DeclaringSyntaxReferences[0].SyntaxTree != semanticModel.SyntaxTree)
        {
            return true;
        }

        var parameter = callee.Parameters[ordinal];
        foreach (var identifier in callee.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == parameter.Name
                && semanticModel.GetOperation(identifier, _cancellationToken) is IParameterReferenceOperation use
                && SymbolEqualityComparer.Default.Equals(use.Parameter.OriginalDefinition, parameter)
                && MayStoreInto(use, semanticModel, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clearing or resizing (<c>Clear</c>, <c>Resize</c>), or filling with a constant (<c>Fill(0f)</c>): setting up, not filling.</summary>
    private static bool IsSetupCall(IInvocationOperation call) =>
        call.TargetMethod.Name is "Clear" or "Resize" or "Initialize"
        || call.TargetMethod.Name == "Fill"
            && call.Arguments.Where(argument => call.Instance is not null || argument.Parameter is not { Ordinal: 0 })
                .All(argument => argument.Value.ConstantValue.HasValue || argument.Value is IDefaultValueOperation);

    /// <summary>An allocation, <c>null</c>, <c>default</c> or a constant: setting the storage up, not filling it.</summary>
    private static bool IsSetupValue(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue.HasValue
            || value is IArrayCreationOperation or IObjectCreationOperation or IDefaultValueOperation or ICollectionExpressionOperation
            || value is IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_Array } };
    }

    /// <summary>A writable view that shares storage: <c>Span&lt;T&gt;</c>, <c>Memory&lt;T&gt;</c>, <c>ArraySegment&lt;T&gt;</c>.</summary>
    private static bool IsWritableView(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Span" or "Memory" or "ArraySegment" or "TensorSpan", TypeArguments.Length: 1 };

    /// <summary>A view that cannot be written through: <c>ReadOnlySpan&lt;T&gt;</c>, <c>ReadOnlyMemory&lt;T&gt;</c>, an enumerable or read-only list.</summary>
    private static bool IsReadOnlyView(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory" or "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "ReadOnlyTensorSpan" };

    /// <summary>The method, local function or lambda whose body holds <paramref name="operation"/>.</summary>
    private static IMethodSymbol? OwnerOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol;
                case ILocalFunctionOperation local:
                    return local.Symbol;
            }
        }

        return operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart) as IMethodSymbol;
    }
}
