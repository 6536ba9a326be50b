// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Globalization;
using LayerGen.Analyzers;

namespace LayerGen.Validation;

/// <summary>LG1009: <c>[LayerOptions]</c> values that are not defined enum members.</summary>
internal static class OptionsChecks
{
    /// <summary>
    /// Returns the class's options, adding LG1009 for a <c>Precision</c> or <c>Kernel</c> outside its enum (those fall back
    /// to their defaults so that the layer checks can go on).
    /// </summary>
    public static LayerOptionValues Check(LayerDeclaration declaration, List<LayerProblem> problems)
    {
        if (declaration.Options is not { } options)
        {
            return LayerOptionValues.Default;
        }

        ElementPrecision precision = ElementPrecision.Float;
        if (options.Precision is >= (int)ElementPrecision.Float and <= (int)ElementPrecision.Double)
        {
            precision = (ElementPrecision)options.Precision;
        }
        else
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidLayerOption, options.Location,
                "Precision", declaration.TypeName, Format(options.Precision), "Precision.Float or Precision.Double"));
        }

        KernelKind kernel = KernelKind.Auto;
        if (options.Kernel is >= (int)KernelKind.Auto and <= (int)KernelKind.Runtime)
        {
            kernel = (KernelKind)options.Kernel;
        }
        else
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidLayerOption, options.Location,
                "Kernel", declaration.TypeName, Format(options.Kernel), "a SoftmaxKernel value (Auto, Scalar, Unrolled, Vector256 or Runtime)"));
        }

        return new LayerOptionValues(precision, options.Seed, kernel);
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
