namespace LayerGen.Analyzers;

/// <summary>Categories of LayerGen diagnostics (shown in the IDE and usable in .editorconfig).</summary>
internal static class DiagnosticCategories
{
    /// <summary>Numerical correctness of hand-written code (LG0xxx).</summary>
    public const string Numerics = "LayerGen.Numerics";

    /// <summary>Use of the LayerGen layer attributes (LG1xxx).</summary>
    public const string Usage = "LayerGen.Usage";
}
