using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// The well-known types the batch-softmax rules look for, resolved once per compilation.
/// A type the compilation does not know stays <see langword="null"/> and simply never matches.
/// </summary>
internal sealed class SoftmaxSymbols
{
    private SoftmaxSymbols(Compilation compilation)
    {
        Single = compilation.GetSpecialType(SpecialType.System_Single);
        Double = compilation.GetSpecialType(SpecialType.System_Double);
        Math = compilation.GetTypeByMetadataName("System.Math");
        MathF = compilation.GetTypeByMetadataName("System.MathF");
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        TensorPrimitives = compilation.GetTypeByMetadataName("System.Numerics.Tensors.TensorPrimitives");
        MemoryExtensions = compilation.GetTypeByMetadataName("System.MemoryExtensions");
        Span = compilation.GetTypeByMetadataName("System.Span`1");
        ReadOnlySpan = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1");
    }

    public INamedTypeSymbol Single { get; }

    public INamedTypeSymbol Double { get; }

    public INamedTypeSymbol? Math { get; }

    public INamedTypeSymbol? MathF { get; }

    public INamedTypeSymbol? Enumerable { get; }

    public INamedTypeSymbol? TensorPrimitives { get; }

    public INamedTypeSymbol? MemoryExtensions { get; }

    public INamedTypeSymbol? Span { get; }

    public INamedTypeSymbol? ReadOnlySpan { get; }

    /// <summary>Resolves the symbols of <paramref name="compilation"/>.</summary>
    public static SoftmaxSymbols Create(Compilation compilation) => new(compilation);

    /// <summary><c>Math.Exp</c>, <c>MathF.Exp</c>, <c>float.Exp</c>, <c>double.Exp</c>.</summary>
    public bool IsExp(IMethodSymbol? method) =>
        method is { Name: "Exp", IsStatic: true, Parameters.Length: 1 } && IsMathType(method.ContainingType);

    /// <summary><c>Math.Max</c> (every overload), <c>MathF.Max</c>, <c>float.Max</c>, <c>double.Max</c>, <c>MaxNumber</c>.</summary>
    public bool IsScalarMax(IMethodSymbol? method) =>
        method is { Name: "Max" or "MaxNumber", IsStatic: true, Parameters.Length: 2 } && IsMathType(method.ContainingType);

    /// <summary><c>Enumerable.Max</c> or <c>Enumerable.Sum</c> (with or without a selector).</summary>
    public bool IsEnumerableReduction(IMethodSymbol? method, string name) =>
        method is not null && method.Name == name && Is(method.ContainingType, Enumerable);

    /// <summary><c>TensorPrimitives.Max(x)</c> or <c>TensorPrimitives.Sum(x)</c> over one span.</summary>
    public bool IsTensorReduction(IMethodSymbol? method, string name) =>
        method is not null && method.Name == name && method.Parameters.Length == 1 && Is(method.ContainingType, TensorPrimitives);

    /// <summary>Enumerable operators that keep every element of their source (or flatten it).</summary>
    public bool IsEnumerableView(IMethodSymbol? method) =>
        method is { Name: "Cast" or "OfType" or "SelectMany" or "Select" or "AsEnumerable" or "ToArray" or "ToList" }
        && Is(method.ContainingType, Enumerable);

    /// <summary><c>x.AsSpan()</c> without a range: the whole array.</summary>
    public bool IsWholeAsSpan(IMethodSymbol? method) =>
        method is { Name: "AsSpan" or "AsMemory", Parameters.Length: 1 } && Is(method.ContainingType, MemoryExtensions);

    /// <summary><c>x.AsSpan(start, length)</c> or <c>span.Slice(start, length)</c>.</summary>
    public bool IsSlice(IMethodSymbol? method) =>
        method is not null
        && ((method.Name == "AsSpan" && Is(method.ContainingType, MemoryExtensions))
            || (method.Name == "Slice" && IsSpanType(method.ContainingType)));

    /// <summary><see langword="float"/> or <see langword="double"/>.</summary>
    public bool IsFloatingPoint(ITypeSymbol? type) =>
        type is not null && (type.SpecialType == SpecialType.System_Single || type.SpecialType == SpecialType.System_Double);

    /// <summary><c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>.</summary>
    public bool IsSpanType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && (Is(named.OriginalDefinition, Span) || Is(named.OriginalDefinition, ReadOnlySpan));

    /// <summary>A one-dimensional buffer of float/double: <c>T[]</c>, <c>Span&lt;T&gt;</c>, <c>ReadOnlySpan&lt;T&gt;</c>.</summary>
    public bool IsFlatBuffer(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => IsFloatingPoint(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: 1 } named => IsSpanType(named) && IsFloatingPoint(named.TypeArguments[0]),
        _ => false,
    };

    /// <summary><c>T[,]</c> with T float/double.</summary>
    public bool IsRectangular(ITypeSymbol? type) =>
        type is IArrayTypeSymbol { Rank: 2 } array && IsFloatingPoint(array.ElementType);

    /// <summary><c>T[][]</c> with T float/double.</summary>
    public bool IsJagged(ITypeSymbol? type) =>
        type is IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol { Rank: 1 } inner } && IsFloatingPoint(inner.ElementType);

    private bool IsMathType(INamedTypeSymbol? type) =>
        type is not null && (Is(type, Math) || Is(type, MathF) || Is(type, Single) || Is(type, Double));

    private static bool Is(ITypeSymbol? type, ITypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
