using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Member provenance across a class hierarchy: which type's instance runs the modelled code (<see cref="ThisType"/>),
/// so that a base class's forward pass calling a virtual activation (<c>outputs = Activation(x)</c>) is read with the
/// override of the layer being analysed; the members (fields and properties of that type and its base types) whose
/// writers are looked for; and the writes that disqualify a member (another method of the chain storing values that
/// are not the softmax output, <see cref="WritesOtherValues"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private ITypeSymbol? _thisType;

    /// <summary>
    /// The type whose instance runs this code: the analysed method's type, also in the nested models of its base
    /// class's methods (a base forward pass runs on the derived layer, so its virtual calls reach the derived overrides).
    /// </summary>
    private ITypeSymbol? ThisType => _thisType ?? Owner?.ContainingType;

    /// <summary>
    /// The method a call of <paramref name="method"/> on <c>this</c> runs: its override in <see cref="ThisType"/> or the
    /// nearest base that overrides it, or the method itself.
    /// </summary>
    private IMethodSymbol OverrideOnThis(IMethodSymbol method)
    {
        if (!(method.IsVirtual || method.IsAbstract || method.IsOverride) || ThisType is not INamedTypeSymbol type)
        {
            return method;
        }

        var target = method.OriginalDefinition;
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, target.ContainingType?.OriginalDefinition))
            {
                return method;
            }

            foreach (var member in current.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate && Overrides(candidate, target))
                {
                    return candidate;
                }
            }
        }

        return method;
    }

    private static bool Overrides(IMethodSymbol candidate, IMethodSymbol target)
    {
        for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The helper a call runs: a virtual method called on <c>this</c> is resolved to its override (<see cref="OverrideOnThis"/>).</summary>
    private IMethodSymbol CalledOnThis(IInvocationOperation call) =>
        call.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } ? OverrideOnThis(call.TargetMethod) : call.TargetMethod;

    /// <summary><see cref="ThisType"/> and its base types, most derived first.</summary>
    private IEnumerable<INamedTypeSymbol> ThisTypeChain()
    {
        for (var current = ThisType as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>True when <paramref name="type"/> is <see cref="ThisType"/> or one of its base types.</summary>
    private bool IsOnThisTypeChain(ITypeSymbol? type) =>
        type is not null && ThisTypeChain().Any(link => SymbolEqualityComparer.Default.Equals(link.OriginalDefinition, type.OriginalDefinition));

    /// <summary>
    /// True when <paramref name="method"/> (not a probability writer of <paramref name="member"/>) stores other values
    /// into it: assigns it, or one of its elements, anything but an allocation, <c>null</c>, <c>default</c> or a
    /// constant, or adds or inserts elements into it. Clearing, resizing or reading it does not count. Constructors are
    /// not asked (they set up the member before any forward pass).
    /// </summary>
    private bool WritesOtherValues(IMethodSymbol method, ISymbol member)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || !IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree)
            || ModelFor(method.DeclaringSyntaxReferences[0].SyntaxTree) is not { } semanticModel)
        {
            return false;
        }

        foreach (var identifier in method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != member.Name || StoredValue(identifier) is not { } value || IsSetupValue(value, semanticModel)
                || !SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, _cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The value stored through <paramref name="name"/>: the right side of <c>name = v</c>, <c>this.name = v</c>,
    /// <c>name[i] = v</c> (also compound), or the argument of <c>name.Add(v)</c> / <c>name.Insert(i, v)</c>; else null.
    /// </summary>
    private static ExpressionSyntax? StoredValue(IdentifierNameSyntax name)
    {
        SyntaxNode target = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access && access.Name == name ? access : name;
        switch (target.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == target:
                return assignment.Right;
            case ElementAccessExpressionSyntax element when element.Expression == target && element.Parent is AssignmentExpressionSyntax store && store.Left == element:
                return store.Right;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "Insert" or "AddRange" } call when call.Expression == target
                && call.Parent is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }:
                return arguments[arguments.Count - 1].Expression;
            default:
                return null;
        }
    }

    /// <summary>An allocation, <c>null</c>, <c>default</c> or a constant: setting the member up, not filling it.</summary>
    private bool IsSetupValue(ExpressionSyntax value, SemanticModel semanticModel) =>
        value is BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax
            or LiteralExpressionSyntax or DefaultExpressionSyntax
        || semanticModel.GetConstantValue(value, _cancellationToken).HasValue;
}
