using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The rows a <c>foreach</c> or <c>await foreach</c> walks when its collection is no buffer the model otherwise knows:
/// a method's result that yields rows (<c>reader.ReadAllAsync(ct)</c> of a <c>ChannelReader&lt;float[]&gt;</c>, a user
/// iterator <c>source.Load()</c> returning <c>IEnumerable&lt;float[]&gt;</c>), also through <c>WithCancellation</c> /
/// <c>ConfigureAwait</c> or a local holding it. Each iteration is a different row, as over a <c>List&lt;float[]&gt;</c>
/// parameter; the rows are the called method's own (its symbol is the root), read nowhere else in the method.
/// <para>
/// Any user collection whose enumeration yields rows is read the same way (HeldOut55's
/// <c>RowEnumerator_MaxOverAllRows</c>): a <c>readonly ref struct</c> with a pattern <c>GetEnumerator</c> whose
/// <c>Current</c> is a row slice, a class implementing <c>IEnumerable&lt;float[]&gt;</c>, held in a parameter, a field
/// or a local, or created in the loop head. Two loops over the same collection walk the same rows in the same order:
/// the root is the variable holding the collection, or for <c>new Rows(x, w)</c> the buffer it is built from
/// (<c>x</c>), so <c>new Rows(x, w)</c> and <c>new Rows(z, w)</c> stay two collections.
/// </para>
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals and pass-through calls are followed back to the call that yields the rows.</summary>
    private const int MaxEnumeratedRowsDepth = 4;

    /// <summary>The rows <paramref name="collection"/> (a loop's collection) yields when it is a call's result; else null.</summary>
    private BufferView? EnumeratedRowsView(IOperation collection, int depth = 0)
    {
        collection = Unwrap(collection)!;
        if (depth > MaxEnumeratedRowsDepth)
        {
            return null;
        }

        switch (collection)
        {
            case IInvocationOperation { TargetMethod.Name: "WithCancellation" or "ConfigureAwait" } passThrough
                when (passThrough.Instance ?? (passThrough.Arguments.Length > 0 ? passThrough.Arguments[0].Value : null)) is { } source:
                // frames.WithCancellation(ct), .ConfigureAwait(false): the same rows.
                return EvalView(source) ?? EnumeratedRowsView(source, depth + 1);
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value
                && !Contains(value, collection):
                // var frames = reader.ReadAllAsync(ct); await foreach (var f in frames); var rows = new Rows(x, w).
                return EnumeratedRowsView(value, depth + 1) ?? (EnumeratesRows(collection.Type) ? UserRowsView(local, collection.Type) : null);
            case IInvocationOperation { TargetMethod: var method } call when YieldsRows(call.Type) || EnumeratesRows(call.Type):
                return UserRowsView(method.OriginalDefinition, call.Type);
            case IObjectCreationOperation creation when EnumeratesRows(creation.Type):
                // new Rows(x, w): the rows of the buffer it is built from; no buffer argument, no known rows.
                return creation.Arguments.Select(argument => VariableOf(argument.Value)).FirstOrDefault(IsBufferVariable) is { } built
                    ? UserRowsView(built, creation.Type)
                    : null;
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                when (VariableOf(collection) is not ILocalSymbol loopVariable || ForEachOf(loopVariable) is null) && EnumeratesRows(collection.Type):
                // RowSet rows (a parameter, a field, a local assigned more than once): the variable's rows.
                return UserRowsView(VariableOf(collection)!, collection.Type);
            default:
                return null;
        }
    }

    /// <summary>
    /// One row per element of a collection rooted at <paramref name="root"/> whose elements are rows: a level for the
    /// rows and the levels an element adds (<see cref="RowLevels"/>), as <see cref="RootView"/> gives a <c>List&lt;float[]&gt;</c>.
    /// </summary>
    private static BufferView? UserRowsView(ISymbol root, ITypeSymbol? collectionType)
    {
        if (YieldsRows(collectionType))
        {
            return RootView(root, collectionType);
        }

        return EnumeratedElementType(collectionType) is { } element && WellKnownSymbols.IsRow(element)
            ? new BufferView(root, BufferLayout.Jagged, 1 + System.Math.Max(1, RowLevels(element)), 0, null, StableKeys.Map<ImmutableHashSet<DimensionAtom>>(), flattened: false)
            : null;
    }

    /// <summary>A variable (not a loop variable) holding a buffer: what a user collection is built from.</summary>
    private bool IsBufferVariable(ISymbol? symbol) =>
        (symbol is IParameterSymbol or IFieldSymbol || symbol is ILocalSymbol local && ForEachOf(local) is null)
        && WellKnownSymbols.IsBuffer(TypeOfVariable(symbol));

    /// <summary>A user type (not one the model knows as a buffer) whose <c>foreach</c> yields rows.</summary>
    private static bool EnumeratesRows(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && named.Locations.Any(location => location.IsInSource)
        && !WellKnownSymbols.IsBuffer(type) && EnumeratedElementType(type) is { } element && WellKnownSymbols.IsRow(element);

    /// <summary>
    /// The element a <c>foreach</c> over <paramref name="type"/> binds its variable to, as the compiler picks it: the
    /// <c>Current</c> of a public parameterless <c>GetEnumerator()</c> (the pattern, a <c>ref struct</c> enumerator
    /// included), else the <c>T</c> of an implemented <c>IEnumerable&lt;T&gt;</c>; null when there is none.
    /// </summary>
    private static ITypeSymbol? EnumeratedElementType(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("GetEnumerator"))
            {
                if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0, DeclaredAccessibility: Accessibility.Public, ReturnType: { } enumerator }
                    && CurrentType(enumerator) is { } element)
                {
                    return element;
                }
            }
        }

        return named.AllInterfaces.FirstOrDefault(face => face is { Name: "IEnumerable", TypeArguments.Length: 1, ContainingNamespace.Name: "Generic" })?.TypeArguments[0];
    }

    /// <summary>The type of an enumerator's <c>Current</c> property (declared on it or on an interface it implements).</summary>
    private static ITypeSymbol? CurrentType(ITypeSymbol enumerator)
    {
        foreach (var type in new[] { enumerator }.Concat(enumerator.AllInterfaces))
        {
            if (type.GetMembers("Current").OfType<IPropertySymbol>().FirstOrDefault() is { } current
                && current.Type.SpecialType != SpecialType.System_Object)
            {
                return current.Type;
            }
        }

        return null;
    }

    /// <summary>A generic sequence of rows: <c>IEnumerable&lt;float[]&gt;</c>, <c>IAsyncEnumerable&lt;float[]&gt;</c>, a configured one.</summary>
    private static bool YieldsRows(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeArguments: [var element] } && WellKnownSymbols.IsRow(element);
}
