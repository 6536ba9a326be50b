// Compiled into both LayerGen.Generator and LayerGen.Analyzers: the emitter takes its member names from here
// and the analyzer reports a user member with one of these names (LG1006).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace LayerGen.Validation;

/// <summary>Names of the members LayerGen generates into a layer class.</summary>
internal static class GeneratedNames
{
    // Networks: public API.
    public const string Inputs = "Inputs";
    public const string Outputs = "Outputs";
    public const string ParameterCount = "ParameterCount";
    public const string MaxDegreeOfParallelism = "MaxDegreeOfParallelism";
    public const string Momentum = "Momentum";
    public const string Parameters = "Parameters";
    public const string Gradients = "Gradients";
    public const string Forward = "Forward";
    public const string Loss = "Loss";
    public const string Backward = "Backward";
    public const string Step = "Step";
    public const string StepAdam = "StepAdam";
    public const string Predict = "Predict";
    public const string Accuracy = "Accuracy";
    public const string Save = "Save";
    public const string Load = "Load";
    public const string ResetParameters = "ResetParameters";

    // Standalone layers.
    public const string Size = "Size";
    public const string Classes = "Classes";

    /// <summary>Private members of networks (fields and helpers).</summary>
    public static readonly ImmutableArray<string> NetworkPrivate = ImmutableArray.Create(
        "_parameters", "_gradients", "_velocity", "_adamMoment1", "_adamMoment2", "_adamSteps", "_momentum", "_chunkGradients",
        "_maxDegreeOfParallelism", "_capacity", "_lossBatch", "_input", "_classes", "FileMagic", "FileVersion",
        "GetBatch", "GetNonEmptyBatch", "CheckLabels", "EnsureCapacity", "ClearOptimizerState", "ForwardParallel", "BackwardParallel",
        "ForwardRows", "BackwardRows", "InitializeParameters", "NextGaussian", "ArgMaxRows");

    /// <summary>Activation buffer of layer <paramref name="layer"/> (1-based).</summary>
    public static string Activation(int layer) => "_activations" + Format(layer);

    /// <summary>Gradient buffer of the output of layer <paramref name="layer"/> (1-based).</summary>
    public static string ActivationGradient(int layer) => "_activationGradients" + Format(layer);

    public static string AffineWeights(int affine) => "Affine" + Format(affine) + "Weights";

    public static string AffineBias(int affine) => "Affine" + Format(affine) + "Bias";

    public static string AffineWeightsGradient(int affine) => "Affine" + Format(affine) + "WeightsGradient";

    public static string AffineBiasGradient(int affine) => "Affine" + Format(affine) + "BiasGradient";

    /// <summary>Softmax row helpers for rows of <paramref name="size"/> entries (suffix: kernel variant or empty for the dispatcher).</summary>
    public static string SoftmaxRow(int size, string variant = "") => "SoftmaxRow" + Format(size) + variant;

    public static string SoftmaxGradientRow(int size, string variant = "") => "SoftmaxGradientRow" + Format(size) + variant;

    public static string LossRow(int size, string variant = "") => "LossRow" + Format(size) + variant;

    public static string SoftmaxRowNonFinite => "SoftmaxRowNonFinite";

    public static string LossRowNonFinite => "LossRowNonFinite";

    public static string CheckRows => "CheckRows";

    private static readonly string[] Variants = ["", "Scalar", "Unrolled", "Vector256"];

    /// <summary>True when the layers form a network (more than one layer, or a single Affine layer).</summary>
    public static bool IsNetwork(ImmutableArray<ResolvedLayer> layers) => layers.Length > 1 || (layers.Length == 1 && layers[0].Kind == LayerKind.Affine);

    /// <summary>Every member name generated for <paramref name="layers"/>.</summary>
    public static HashSet<string> For(ImmutableArray<ResolvedLayer> layers)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { Forward, CheckRows, SoftmaxRowNonFinite, LossRowNonFinite, "Exp256" };
        foreach (ResolvedLayer layer in layers)
        {
            if (layer.Kind is LayerKind.Softmax or LayerKind.SoftmaxWithLoss && layer.Outputs > 0)
            {
                foreach (string variant in Variants)
                {
                    names.Add(SoftmaxRow(layer.Outputs, variant));
                    names.Add(SoftmaxGradientRow(layer.Outputs, variant));
                    names.Add(LossRow(layer.Outputs, variant));
                }
            }
        }

        if (!IsNetwork(layers))
        {
            switch (layers.Length == 1 ? layers[0].Kind : LayerKind.Relu)
            {
                case LayerKind.Softmax: names.Add(Size); names.Add(Backward); break;
                case LayerKind.SoftmaxWithLoss: names.Add(Classes); break;
                default: names.Add(Backward); break;
            }

            return names;
        }

        bool hasLoss = layers[layers.Length - 1].Kind == LayerKind.SoftmaxWithLoss;
        names.UnionWith([Inputs, Outputs, ParameterCount, MaxDegreeOfParallelism, Parameters, Predict, Accuracy, Save, Load, ResetParameters]);
        names.UnionWith(NetworkPrivate);
        if (hasLoss)
        {
            names.UnionWith([Loss, Backward, Step, StepAdam, Momentum, Gradients]);
        }

        int affine = 0;
        for (int i = 0; i < layers.Length; i++)
        {
            names.Add(Activation(i + 1));
            names.Add(ActivationGradient(i + 1));
            if (layers[i].Kind == LayerKind.Affine)
            {
                affine++;
                names.Add(AffineWeights(affine));
                names.Add(AffineBias(affine));
                if (hasLoss)
                {
                    names.Add(AffineWeightsGradient(affine));
                    names.Add(AffineBiasGradient(affine));
                }
            }
        }

        return names;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
