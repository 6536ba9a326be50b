namespace LayerGen.Generator;

/// <summary>Names of the incremental pipeline steps, used by the caching tests.</summary>
internal static class TrackingNames
{
    /// <summary>A class matched by one layer attribute, parsed and validated into a model (or <see langword="null"/>).</summary>
    public const string LayerClasses = nameof(LayerClasses);

    /// <summary>Valid models, kept only by the pipeline that owns the class (one emit per class).</summary>
    public const string OwnedLayerClasses = nameof(OwnedLayerClasses);

    /// <summary>The same models, non-nullable.</summary>
    public const string LayerModels = nameof(LayerModels);

    /// <summary>All classes of the compilation with their hint names (unique ignoring case).</summary>
    public const string HintNames = nameof(HintNames);

    /// <summary>One generated file per class, as handed to the emitter.</summary>
    public const string GeneratedFiles = nameof(GeneratedFiles);

    /// <summary>A class with <c>[DifferentiableLayer]</c>, validated and differentiated into a model (or <see langword="null"/>).</summary>
    public const string DifferentiableLayerClasses = nameof(DifferentiableLayerClasses);

    /// <summary>The valid custom layer models, non-nullable.</summary>
    public const string DifferentiableLayerModels = nameof(DifferentiableLayerModels);
}
