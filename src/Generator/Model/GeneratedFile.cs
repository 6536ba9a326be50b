namespace LayerGen.Generator.Model;

/// <summary>One generated source file: the class it is for and its hint name (unique ignoring case).</summary>
/// <param name="HintName">The hint name, ending in <c>.g.cs</c>.</param>
/// <param name="Model">The class.</param>
internal sealed record GeneratedFile(string HintName, LayerClassModel Model);
