// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>
/// Checks a class with <c>[DifferentiableLayer]</c>: LG1001/LG1005 (type shape), LG1107 (other layer attributes or options
/// beside it), LG1105 (sizes), LG1101–LG1104 (<c>ForwardRow</c>) and LG1006 (generated names). The body of
/// <c>ForwardRow</c> (LG1110–LG1129) is checked by the differentiation engine.
/// </summary>
internal static class DifferentiableLayerValidator
{
    public static LayerValidation Validate(LayerDeclaration declaration, CancellationToken cancellationToken)
    {
        DifferentiableAttribute attribute = declaration.Differentiable!;
        var problems = new List<LayerProblem>();
        TypeShapeChecks.Check(declaration, problems, cancellationToken);
        if (declaration.Layers.Length > 0)
        {
            LayerAttribute first = declaration.Layers[0];
            problems.Add(new LayerProblem(RuleIdentifiers.DifferentiableLayerWithOtherAttributes, first.Location, declaration.TypeName,
                "[" + first.Text + "]", "use [Layer<" + declaration.TypeName + ">] in a network class instead"));
        }

        if (declaration.Options is { } options)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.DifferentiableLayerWithOtherAttributes, options.Location, declaration.TypeName,
                "[LayerOptions]", "its element type comes from ForwardRow's spans; remove the options"));
        }

        if (declaration.IsBroken)
        {
            problems.Add(new LayerProblem(null, declaration.TypeLocation));
            return Result(problems, null);
        }

        bool sizesUsable = CheckSize("Inputs", attribute.Inputs, attribute, declaration.TypeName, problems)
            & CheckSize("Outputs", attribute.Outputs, attribute, declaration.TypeName, problems);
        ForwardRowShape? shape = ForwardRowReader.Read(declaration.Type, declaration.TypeLocation, problems, cancellationToken);
        if (shape is null || !sizesUsable)
        {
            return Result(problems, null);
        }

        var layer = new DifferentiableLayerInfo(attribute.Inputs, attribute.Outputs, shape);
        if (problems.Count == 0)
        {
            // const int Inputs = 8; before [DifferentiableLayer(Inputs, …)]: the user's constant of the same value is used.
            var constants = new Dictionary<string, int>(System.StringComparer.Ordinal)
            {
                [GeneratedNames.Inputs] = layer.Inputs,
                [GeneratedNames.Outputs] = layer.Outputs,
                [GeneratedNames.ParameterCount] = layer.ParameterCount,
            };
            NameCollisionChecks.Check(declaration, GeneratedNames.ForDifferentiableLayer(shape.Learnables), problems, cancellationToken, constants);
            layer = layer with { UserConstants = NameCollisionChecks.ReusedConstants(declaration.Type, constants) };
        }

        return Result(problems, layer);
    }

    private static LayerValidation Result(List<LayerProblem> problems, DifferentiableLayerInfo? layer) =>
        new(ImmutableArray<ResolvedLayer>.Empty,
            layer is null ? LayerOptionValues.Default : LayerOptionValues.Default with { Precision = layer.Shape.Precision },
            problems,
            layer);

    private static bool CheckSize(string what, int value, DifferentiableAttribute attribute, string typeName, List<LayerProblem> problems)
    {
        string? requirement = value <= 0 ? "positive"
            : value > LayerSizeResolver.MaxElements ? "at most " + LayerSizeResolver.MaxElements.ToString(CultureInfo.InvariantCulture)
            : null;
        if (requirement is null)
        {
            return true;
        }

        problems.Add(new LayerProblem(RuleIdentifiers.InvalidDifferentiableLayerSize, attribute.Location,
            what, attribute.Text, typeName, value.ToString(CultureInfo.InvariantCulture), requirement));
        return false;
    }
}

/// <summary>A valid custom layer: its sizes and <c>ForwardRow</c>.</summary>
/// <param name="Inputs">Entries per input row.</param>
/// <param name="Outputs">Entries per output row.</param>
/// <param name="Shape">The user's <c>ForwardRow</c>, its element type and learnable parameters.</param>
internal sealed record DifferentiableLayerInfo(int Inputs, int Outputs, ForwardRowShape Shape)
{
    /// <summary>Generated size constants the class declares itself with the same value (<see cref="NameCollisionChecks.ReusedConstants"/>).</summary>
    public ImmutableArray<string> UserConstants { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Entries of all learnable parameters together.</summary>
    public int ParameterCount
    {
        get
        {
            int count = 0;
            foreach (LearnableParameter learnable in Shape.Learnables)
            {
                count += learnable.Length;
            }

            return count;
        }
    }
}
