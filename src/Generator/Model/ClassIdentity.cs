namespace LayerGen.Generator.Model;

/// <summary>Where a layer class is declared and what it is called.</summary>
/// <param name="Namespace">Containing namespace (dotted, keywords without <c>@</c>), empty for the global namespace.</param>
/// <param name="Name">The class name (without <c>@</c>).</param>
/// <param name="QualifiedName">Namespace, containing types and name joined by dots: <c>Demo.Outer.Inner</c>.</param>
/// <param name="MetadataName">Like <see cref="QualifiedName"/> with <c>+</c> before nested types: unique in a compilation.</param>
/// <param name="Containers">Enclosing types, outermost first.</param>
internal sealed record ClassIdentity(
    string Namespace,
    string Name,
    string QualifiedName,
    string MetadataName,
    EquatableArray<ContainingTypeModel> Containers);

/// <summary>An enclosing type: its declaration keyword (<c>class</c>, <c>struct</c>, <c>record</c>, …) and name.</summary>
internal readonly record struct ContainingTypeModel(string Keyword, string Name);
