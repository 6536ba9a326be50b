using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The one body a virtual, abstract or interface member runs, when the compilation shows it: every class or struct of
/// the compilation that the receiver may be (the receiver's static type or a type deriving from or implementing it) and
/// that can be instantiated resolves the member to the same implementation (a sealed subclass's override, the only
/// override, the one implementation of an interface; not a virtual member's own body when nothing overrides it). A
/// second implementation, or none, leaves the call unknown: which
/// body runs is then not guessed. (Types of other assemblies are not seen; an override declared outside the
/// compilation is not guessed either.)
/// </summary>
internal static class DispatchTargets
{
    /// <summary>The compilation's source classes and structs, nested ones included, read once per compilation.</summary>
    private static readonly ConditionalWeakTable<Compilation, SourceTypes> Types = new();

    /// <summary>
    /// The implementation <paramref name="member"/> (a method or property) resolves to on every instantiable type of the
    /// compilation a receiver of static type <paramref name="receiverType"/> may have; null when there are several or none.
    /// </summary>
    public static ISymbol? SoleImplementation(ISymbol member, ITypeSymbol receiverType, Compilation compilation)
    {
        if (member is not (IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.PropertyGet } or IPropertySymbol { IsIndexer: false })
            || member.IsStatic || receiverType is not INamedTypeSymbol receiver
            || receiver.TypeKind is not (TypeKind.Class or TypeKind.Interface)
            || !(member.IsAbstract || member.IsVirtual || member.IsOverride || member.ContainingType?.TypeKind == TypeKind.Interface))
        {
            return null;
        }

        ISymbol? sole = null;
        foreach (var type in Types.GetValue(compilation, static c => new SourceTypes(c)).All)
        {
            if (type.IsAbstract || type.TypeKind == TypeKind.Interface || !IsOrDerives(type, receiver.OriginalDefinition))
            {
                continue;
            }

            var implementation = ImplementationIn(type, member);
            if (implementation is null || implementation.IsAbstract
                || sole is not null && !SymbolEqualityComparer.Default.Equals(sole, implementation))
            {
                return null;
            }

            sole = implementation;
        }

        // A virtual member that nothing in the compilation overrides runs its own body only until some other assembly
        // overrides it: the class is open for that by design, so its body is not claimed (SoftmaxModelCrossTypeHelperTests,
        // ReachAnalyzerTests). An abstract or interface member's one implementation, or an override, is.
        return sole is not null && member.IsVirtual && SymbolEqualityComparer.Default.Equals(sole, member.OriginalDefinition) ? null : sole;
    }

    /// <summary>The member <paramref name="type"/> runs for <paramref name="member"/>: its most derived override, or its interface implementation.</summary>
    private static ISymbol? ImplementationIn(INamedTypeSymbol type, ISymbol member)
    {
        if (member.ContainingType?.TypeKind == TypeKind.Interface)
        {
            return type.FindImplementationForInterfaceMember(member.OriginalDefinition)?.OriginalDefinition;
        }

        var target = member.OriginalDefinition;
        for (INamedTypeSymbol? current = type.OriginalDefinition; current is not null; current = current.BaseType?.OriginalDefinition)
        {
            foreach (var candidate in current.GetMembers(member.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, target) || Overrides(candidate, target))
                {
                    return candidate.OriginalDefinition;
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="candidate"/> overrides <paramref name="target"/>, directly or through other overrides.</summary>
    private static bool Overrides(ISymbol candidate, ISymbol target)
    {
        for (var current = OverriddenOf(candidate); current is not null; current = OverriddenOf(current))
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, target))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? OverriddenOf(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { IsOverride: true } method => method.OverriddenMethod,
        IPropertySymbol { IsOverride: true } property => property.OverriddenProperty,
        _ => null,
    };

    /// <summary>True when <paramref name="type"/> is <paramref name="receiver"/>, derives from it or implements it.</summary>
    private static bool IsOrDerives(INamedTypeSymbol type, INamedTypeSymbol receiver)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, receiver))
            {
                return true;
            }
        }

        if (receiver.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, receiver))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The source classes and structs of one compilation.</summary>
    private sealed class SourceTypes
    {
        public SourceTypes(Compilation compilation)
        {
            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current is INamespaceSymbol ns)
                {
                    foreach (var inner in ns.GetMembers())
                    {
                        pending.Push(inner);
                    }

                    continue;
                }

                if (current is INamedTypeSymbol type)
                {
                    if (type.TypeKind is TypeKind.Class or TypeKind.Struct)
                    {
                        types.Add(type);
                    }

                    foreach (var nested in type.GetTypeMembers())
                    {
                        pending.Push(nested);
                    }
                }
            }

            All = types.ToImmutable();
        }

        /// <summary>Every source class and struct of the compilation.</summary>
        public ImmutableArray<INamedTypeSymbol> All { get; }
    }
}
