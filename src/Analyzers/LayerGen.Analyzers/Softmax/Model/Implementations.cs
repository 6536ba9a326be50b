using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The bodies a call of an interface, abstract or virtual method may run (branch helperexp): for each class or struct of
/// the compilation that implements the interface or derives from the method's type, the member that runs for it. Null
/// when they cannot all be seen: the method's type comes from metadata or is generic, or a class of metadata between it
/// and an implementation may override it. Computed once per method and compilation (<see cref="WellKnownSymbols.Implementations"/>).
/// </summary>
internal sealed class Implementations
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>?> _answers = new(SymbolEqualityComparer.Default);
    private ImmutableArray<INamedTypeSymbol>? _types;
    private ImmutableHashSet<string>? _expBodyNames;

    public Implementations(Compilation compilation) => _compilation = compilation;

    /// <summary>True for a method whose body is chosen at run time: a member of an interface, abstract, virtual or an override.</summary>
    public static bool IsDispatched(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && !method.IsStatic
        && (method.ContainingType?.TypeKind == TypeKind.Interface || method.IsAbstract || method.IsVirtual || method.IsOverride);

    /// <summary>The members that run for a call of <paramref name="method"/> on an object of unknown type; null when some cannot be seen.</summary>
    public ImmutableArray<IMethodSymbol>? Of(IMethodSymbol method, CancellationToken cancellationToken) =>
        _answers.GetOrAdd(method.OriginalDefinition, key => Find(key, cancellationToken));

    /// <summary>The member that runs for a call of <paramref name="method"/> on an object of exactly <paramref name="type"/>; null when it cannot be seen.</summary>
    public static IMethodSymbol? For(INamedTypeSymbol type, IMethodSymbol method)
    {
        if (type.IsAbstract || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }

        if (method.ContainingType.TypeKind == TypeKind.Interface)
        {
            return type.FindImplementationForInterfaceMember(method) as IMethodSymbol is { } found && HasSource(found) ? found : null;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                if (Overrides(member, method))
                {
                    return HasSource(member) && !member.IsAbstract ? member : null;
                }
            }

            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, method.ContainingType.OriginalDefinition))
            {
                return null;
            }
        }

        return null;
    }

    private ImmutableArray<IMethodSymbol>? Find(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var declaring = method.ContainingType;
        if (!IsDispatched(method) || declaring is null || declaring.IsGenericType || !HasSource(method))
        {
            return null;
        }

        var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var type in SourceTypes(cancellationToken))
        {
            if (type.IsAbstract || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !Derives(type, declaring))
            {
                continue;
            }

            if (For(type, method) is not { } body)
            {
                return null;
            }

            if (!found.Contains(body, SymbolEqualityComparer.Default))
            {
                found.Add(body);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>True when <paramref name="member"/> is <paramref name="method"/> or overrides it (through any chain of overrides).</summary>
    private static bool Overrides(IMethodSymbol member, IMethodSymbol method)
    {
        for (IMethodSymbol? current = member; current is not null; current = current.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, method.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Derives(INamedTypeSymbol type, INamedTypeSymbol declaring)
    {
        if (declaring.TypeKind == TypeKind.Interface)
        {
            return type.AllInterfaces.Any(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, declaring.OriginalDefinition));
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, declaring.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSource(IMethodSymbol method) => method.DeclaringSyntaxReferences.Length == 1;

    /// <summary>
    /// The names of the source members a dispatched call may run as an exp helper (branch helperexp2, review42 C5):
    /// one-parameter instance methods that are virtual, overrides or of a type implementing an interface, whose body only
    /// returns an exp-like call (<see cref="ExpHelperSyntax.ReturnedExpLikeCall"/>); an explicit implementation adds
    /// the interface member's name. Found once per compilation, by syntax only: the analyzer's gate for a type that
    /// names no exp itself but calls <c>f.Apply(x[i])</c>. The model still decides whether the call is an exp.
    /// </summary>
    public ImmutableHashSet<string> ExpBodyNames(CancellationToken cancellationToken)
    {
        if (_expBodyNames is { } known)
        {
            return known;
        }

        var names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (var type in SourceTypes(cancellationToken))
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                continue;
            }

            var implementsInterfaces = type.AllInterfaces.Length > 0;
            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol { IsStatic: false, IsAbstract: false, Parameters.Length: 1 } method || !HasSource(method)
                    || !(method.IsVirtual || method.IsOverride || implementsInterfaces && method.MethodKind is MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation)
                    || method.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation))
                {
                    continue;
                }

                if (ExpHelperSyntax.ReturnedExpLikeCall(ExpHelperSyntax.BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))) is not null)
                {
                    names.Add(method.Name);
                    foreach (var implemented in method.ExplicitInterfaceImplementations)
                    {
                        names.Add(implemented.Name);
                    }
                }
            }
        }

        var result = names.ToImmutable();
        _expBodyNames = result;
        return result;
    }

    /// <summary>Every class and struct declared in the compilation's source, nested ones included (listed once).</summary>
    private ImmutableArray<INamedTypeSymbol> SourceTypes(CancellationToken cancellationToken)
    {
        if (_types is { } known)
        {
            return known;
        }

        var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol space)
                {
                    pending.Push(space);
                }
                else if (member is INamedTypeSymbol type)
                {
                    types.Add(type);
                    pending.Push(type);
                }
            }
        }

        var result = types.ToImmutable();
        _types = result;
        return result;
    }
}
