using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Library methods that are the same, for the model, as the LINQ or <c>List&lt;T&gt;</c> method they mirror
/// (HeldOut85): the immutable and frozen collections' copies (<c>ToImmutableArray()</c> is <c>ToArray()</c>,
/// <c>ToImmutableList()</c> is <c>ToList()</c>, <c>ToFrozenDictionary</c>, <c>ToImmutableDictionary</c> and
/// <c>ToImmutableSortedDictionary</c> with a key and a value selector are <c>ToDictionary</c>), the immutable list's
/// <c>ConvertAll</c> (<c>List&lt;T&gt;.ConvertAll</c>) and an immutable array's own <c>AsSpan()</c>/<c>AsMemory()</c>
/// (<c>MemoryExtensions.AsSpan</c> of an array). One table, read by the readers that name the mirrored method, rather
/// than a special case at each.
/// </summary>
internal sealed partial class WellKnownSymbols
{
    /// <summary>
    /// The <c>System.Linq.Enumerable</c> operator <paramref name="method"/> means, when it is a static copy method of
    /// <c>System.Collections.Immutable</c> or <c>System.Collections.Frozen</c> taking its source first (an extension);
    /// else null.
    /// </summary>
    public static string? LinqSynonym(IMethodSymbol? method)
    {
        if (method is not { IsStatic: true, Parameters.Length: > 0 } || !IsImmutableOrFrozen(method.ContainingType))
        {
            return null;
        }

        return method.Name switch
        {
            "ToImmutableArray" => "ToArray",
            "ToImmutableList" => "ToList",
            "ToFrozenDictionary" or "ToImmutableDictionary" or "ToImmutableSortedDictionary" => "ToDictionary",
            // ImmutableArray.CreateRange(items, v => f(v)) is items.Select(f) materialised; CreateRange(items) a copy.
            "CreateRange" when method.ContainingType.Name is "ImmutableArray" && method.Parameters.Length == 2
                && method.Parameters[1].Type is INamedTypeSymbol { DelegateInvokeMethod.Parameters.Length: 1 } => "Select",
            "CreateRange" when method.Parameters.Length == 1 && method.ContainingType.Name is "ImmutableArray" or "ImmutableList" =>
                method.ContainingType.Name == "ImmutableArray" ? "ToArray" : "ToList",
            _ => null,
        };
    }

    /// <summary>The name of <paramref name="method"/> as the LINQ readers know it: its <see cref="LinqSynonym"/>, else its own.</summary>
    public static string LinqName(IMethodSymbol method) => LinqSynonym(method) ?? method.Name;

    /// <summary><c>ImmutableList&lt;T&gt;.ConvertAll(f)</c>: a new list of every element mapped, as <c>List&lt;T&gt;.ConvertAll</c>.</summary>
    public static bool IsImmutableConvertAll(IMethodSymbol? method) =>
        method is { Name: "ConvertAll", IsStatic: false, Parameters.Length: 1 } && IsImmutableOrFrozen(method.ContainingType);

    /// <summary><c>ImmutableArray&lt;T&gt;.AsSpan()</c>/<c>AsMemory()</c> (and the slicing overloads): a view of the array's own elements.</summary>
    public static bool IsImmutableAsSpan(IMethodSymbol? method) =>
        method is { Name: "AsSpan" or "AsMemory", IsStatic: false } && method.ContainingType is { Name: "ImmutableArray" } type && IsImmutableOrFrozen(type);

    /// <summary>
    /// A list builder nested in a generic collection, <c>ImmutableArray&lt;T&gt;.Builder</c> or
    /// <c>ImmutableList&lt;T&gt;.Builder</c>: it has no type argument of its own and implements <c>IList&lt;T&gt;</c> of
    /// its container's <c>T</c>, so its indexer reads and writes the elements of a 1-D buffer like <c>List&lt;T&gt;</c>'s
    /// (<paramref name="element"/> is <c>T</c>).
    /// </summary>
    public static bool IsNestedListBuilder(ITypeSymbol? type, out ITypeSymbol element)
    {
        element = null!;
        if (type is not INamedTypeSymbol { TypeArguments.Length: 0, ContainingType: { TypeArguments: [var item] } } named)
        {
            return false;
        }

        foreach (var face in named.AllInterfaces)
        {
            if (face.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IList_T
                && SymbolEqualityComparer.Default.Equals(face.TypeArguments[0], item))
            {
                element = item;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A call that copies its receiver's elements in order into another collection of the same values: a list builder's
    /// <c>ToImmutable()</c>, <c>MoveToImmutable()</c>, <c>DrainToImmutable()</c> or <c>ToArray()</c>
    /// (<see cref="IsNestedListBuilder"/>), or an immutable array's or list's <c>ToBuilder()</c>.
    /// </summary>
    public static bool IsImmutableCopy(IMethodSymbol? method) => method switch
    {
        { IsStatic: false, Parameters.Length: 0, Name: "ToImmutable" or "MoveToImmutable" or "DrainToImmutable" or "ToArray" } =>
            IsNestedListBuilder(method.ContainingType, out _),
        { IsStatic: false, Parameters.Length: 0, Name: "ToBuilder" } =>
            method.ContainingType is { Name: "ImmutableArray" or "ImmutableList" } container && IsImmutableOrFrozen(container),
        _ => false,
    };

    private static bool IsImmutableOrFrozen(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() is "System.Collections.Immutable" or "System.Collections.Frozen";
}
