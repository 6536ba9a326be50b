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
/// are not the softmax output, <see cref="WritesOtherValues"/> in SoftmaxModel.MemberWrites.cs).
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
}
