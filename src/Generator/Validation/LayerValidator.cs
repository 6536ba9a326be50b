// This file is compiled into both LayerGen.Generator (which skips invalid classes) and
// LayerGen.Analyzers (which reports LG1001-LG1007), so both agree on what is valid.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Validation;

/// <summary>Checks a class carrying LayerGen layer attributes and resolves its layer sizes.</summary>
internal static class LayerValidator
{
    /// <summary>Largest number of parameters (or entries per row) a generated class may hold.</summary>
    public const int MaxElements = 1 << 28;

    /// <summary>Largest row size for <c>SoftmaxKernel.Unrolled</c>.</summary>
    public const int MaxUnrolledSize = 16;

    /// <summary>
    /// Validates <paramref name="type"/>. Returns <see langword="null"/> when the type carries no layer attribute;
    /// otherwise the resolved layers (when valid) and every problem found.
    /// </summary>
    public static LayerValidation? Validate(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var attributes = new List<(LayerKind Kind, AttributeData Data)>();
        AttributeData? options = null;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass || !IsInLayerGenNamespace(attributeClass))
            {
                continue;
            }

            if (attributeClass.Name == "LayerOptionsAttribute")
            {
                options = attribute;
            }
            else if (KindOf(attributeClass.Name) is { } kind)
            {
                attributes.Add((kind, attribute));
            }
        }

        if (attributes.Count == 0)
        {
            return null;
        }

        var problems = new List<LayerProblem>();
        string typeName = type.Name;
        Location typeLocation = type.Locations.Length > 0 ? type.Locations[0] : Location.None;

        // A broken attribute (missing or wrongly typed argument) is already a compiler error: skip quietly.
        bool broken = false;
        foreach ((LayerKind kind, AttributeData data) in attributes)
        {
            // An attribute named like ours but declared elsewhere may take other arguments: never index past them.
            broken |= data.AttributeConstructor is null || !HasExpectedArity(kind, data.ConstructorArguments.Length);
            foreach (TypedConstant argument in data.ConstructorArguments)
            {
                broken |= argument.Kind == TypedConstantKind.Error || argument.Value is not int;
            }
        }

        if (options is not null && options.AttributeConstructor is null)
        {
            broken = true;
        }

        CheckTypeShape(type, typeName, typeLocation, problems, cancellationToken);
        CheckSingleDeclaration(type, typeName, attributes, problems, cancellationToken);

        int precision = 0, seed = 0, kernel = 0;
        if (options is not null)
        {
            foreach (KeyValuePair<string, TypedConstant> named in options.NamedArguments)
            {
                if (named.Value.Value is not int value)
                {
                    broken = true;
                    continue;
                }

                switch (named.Key)
                {
                    case "Precision": precision = value; break;
                    case "Seed": seed = value; break;
                    case "Kernel": kernel = value; break;
                }
            }

            Location optionsLocation = LocationOf(options, typeLocation, cancellationToken);
            if (precision is not (0 or 1))
            {
                problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, optionsLocation,
                    "Precision", "LayerOptions", typeName, Format(precision), "Precision.Float or Precision.Double"));
            }

            if (kernel is < 0 or > 4)
            {
                problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, optionsLocation,
                    "Kernel", "LayerOptions", typeName, Format(kernel), "a SoftmaxKernel value"));
            }
        }

        if (broken)
        {
            problems.Add(new LayerProblem(null, typeLocation));
            return new LayerValidation(ImmutableArray<ResolvedLayer>.Empty, precision, seed, kernel, problems);
        }

        ImmutableArray<ResolvedLayer> layers = ResolveLayers(typeName, attributes, kernel, problems, typeLocation, cancellationToken);
        if (problems.Count == 0)
        {
            CheckNameCollisions(type, typeName, typeLocation, layers, problems, cancellationToken);
        }

        return new LayerValidation(layers, precision, seed, kernel, problems);
    }

    /// <summary>The layer kind of a LayerGen attribute class name, or <see langword="null"/>.</summary>
    public static LayerKind? KindOf(string attributeClassName) => attributeClassName switch
    {
        "AffineAttribute" => LayerKind.Affine,
        "ReluAttribute" => LayerKind.Relu,
        "SigmoidAttribute" => LayerKind.Sigmoid,
        "TanhAttribute" => LayerKind.Tanh,
        "SoftmaxAttribute" => LayerKind.Softmax,
        "SoftmaxWithLossAttribute" => LayerKind.SoftmaxWithLoss,
        _ => null,
    };

    /// <summary>The attribute name as written by users (<c>Affine</c>, <c>Relu</c>, …).</summary>
    public static string DisplayName(LayerKind kind) => kind switch
    {
        LayerKind.Affine => "Affine",
        LayerKind.Relu => "Relu",
        LayerKind.Sigmoid => "Sigmoid",
        LayerKind.Tanh => "Tanh",
        LayerKind.Softmax => "Softmax",
        _ => "SoftmaxWithLoss",
    };

    private static bool HasExpectedArity(LayerKind kind, int arguments) => kind switch
    {
        LayerKind.Affine => arguments == 2,
        LayerKind.Softmax or LayerKind.SoftmaxWithLoss => arguments <= 1,
        _ => arguments == 0,
    };

    private static bool IsInLayerGenNamespace(INamedTypeSymbol attributeClass) =>
        attributeClass.ContainingType is null
        && attributeClass.ContainingNamespace is { Name: "LayerGen" } ns
        && ns.ContainingNamespace is { IsGlobalNamespace: true };

    private static void CheckTypeShape(INamedTypeSymbol type, string typeName, Location typeLocation, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        string? unsupported =
            type.TypeKind != TypeKind.Class ? "a " + (type.TypeKind == TypeKind.Struct ? (type.IsRecord ? "record struct" : "struct") : type.TypeKind.ToString().ToLowerInvariant())
            : type.IsRecord ? "a record"
            : type.IsStatic ? "static"
            : type.TypeParameters.Length > 0 ? "generic"
            : type.IsFileLocal ? "file-local"
            : null;
        for (INamedTypeSymbol? container = type.ContainingType; unsupported is null && container is not null; container = container.ContainingType)
        {
            if (container.TypeParameters.Length > 0)
            {
                unsupported = "nested in the generic type '" + container.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'";
            }
        }

        if (unsupported is not null)
        {
            problems.Add(new LayerProblem(LayerRules.UnsupportedLayerType, typeLocation, typeName, unsupported));
            return;
        }

        if (!IsPartial(type, cancellationToken))
        {
            problems.Add(new LayerProblem(LayerRules.LayerClassNotPartial, typeLocation, typeName, "it is"));
        }

        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (!IsPartial(container, cancellationToken))
            {
                problems.Add(new LayerProblem(LayerRules.LayerClassNotPartial, typeLocation, typeName,
                    "its containing type '" + container.Name + "' is"));
            }
        }
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckSingleDeclaration(INamedTypeSymbol type, string typeName, List<(LayerKind Kind, AttributeData Data)> attributes, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        var declarations = new List<SyntaxNode>();
        foreach ((LayerKind _, AttributeData data) in attributes)
        {
            SyntaxNode? declaration = data.ApplicationSyntaxReference?.GetSyntax(cancellationToken).Parent?.Parent;
            if (declaration is not null && !declarations.Contains(declaration))
            {
                declarations.Add(declaration);
            }
        }

        if (declarations.Count > 1)
        {
            Location location = declarations[1] is TypeDeclarationSyntax second ? second.Identifier.GetLocation() : type.Locations[0];
            problems.Add(new LayerProblem(LayerRules.LayersSplitAcrossDeclarations, location, typeName, Format(declarations.Count)));
        }
    }

    private static ImmutableArray<ResolvedLayer> ResolveLayers(string typeName, List<(LayerKind Kind, AttributeData Data)> attributes, int kernel, List<LayerProblem> problems, Location typeLocation, CancellationToken cancellationToken)
    {
        var layers = ImmutableArray.CreateBuilder<ResolvedLayer>(attributes.Count);
        bool standalone = attributes.Count == 1;
        int previousOutputs = 0; // 0 = not known (first layer)
        int lossCount = 0;
        long parameterCount = 0;
        for (int index = 0; index < attributes.Count; index++)
        {
            (LayerKind kind, AttributeData data) = attributes[index];
            Location location = LocationOf(data, typeLocation, cancellationToken);
            string layer = DescribeAttribute(kind, data);
            int inputs, outputs;
            switch (kind)
            {
                case LayerKind.Affine:
                    inputs = (int)data.ConstructorArguments[0].Value!;
                    outputs = (int)data.ConstructorArguments[1].Value!;
                    CheckPositive("Inputs", inputs, layer, typeName, location, problems);
                    CheckPositive("Outputs", outputs, layer, typeName, location, problems);
                    if (inputs > 0 && outputs > 0)
                    {
                        parameterCount += ((long)inputs * outputs) + outputs;
                    }

                    if (previousOutputs > 0 && inputs > 0 && inputs != previousOutputs)
                    {
                        problems.Add(new LayerProblem(LayerRules.LayerSizeMismatch, location, layer, typeName, Format(inputs), Format(previousOutputs)));
                    }

                    break;

                case LayerKind.Softmax:
                case LayerKind.SoftmaxWithLoss:
                    int size = data.ConstructorArguments.Length == 1 ? (int)data.ConstructorArguments[0].Value! : 0;
                    string what = kind == LayerKind.Softmax ? "Size" : "Classes";
                    if (size < 0 || (size > 0 && size > MaxElements))
                    {
                        problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, location, what, layer, typeName, Format(size), "positive"));
                    }
                    else if (size == 0 && previousOutputs == 0)
                    {
                        problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, location, what, layer, typeName, "not stated",
                            standalone ? "stated for a standalone layer" : "stated for the first layer of a network"));
                    }
                    else if (size > 0 && previousOutputs > 0 && size != previousOutputs)
                    {
                        problems.Add(new LayerProblem(LayerRules.LayerSizeMismatch, location, layer, typeName, Format(size), Format(previousOutputs)));
                    }

                    inputs = outputs = size > 0 ? size : previousOutputs;
                    if (kernel == 2 && inputs > MaxUnrolledSize)
                    {
                        problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, location, what, layer, typeName, Format(inputs),
                            "at most " + Format(MaxUnrolledSize) + " for SoftmaxKernel.Unrolled"));
                    }

                    if (kind == LayerKind.SoftmaxWithLoss)
                    {
                        lossCount++;
                        if (lossCount > 1)
                        {
                            problems.Add(new LayerProblem(LayerRules.LossLayerNotLast, location, layer, typeName, "repeats the loss layer"));
                        }
                        else if (index != attributes.Count - 1 && !attributes.Skip(index + 1).Any(a => a.Kind == LayerKind.SoftmaxWithLoss))
                        {
                            problems.Add(new LayerProblem(LayerRules.LossLayerNotLast, location, layer, typeName,
                                "is layer " + Format(index + 1) + " of " + Format(attributes.Count)));
                        }
                    }

                    break;

                default:
                    // Element-wise activation: its size is the previous layer's output.
                    if (previousOutputs == 0 && !standalone)
                    {
                        problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, location, "Size", layer, typeName, "not stated",
                            "implied by a previous layer: start the network with an Affine or a sized Softmax"));
                    }

                    inputs = outputs = previousOutputs;
                    break;
            }

            layers.Add(new ResolvedLayer(kind, inputs, outputs));
            previousOutputs = outputs > 0 ? outputs : previousOutputs;
        }

        if (parameterCount > MaxElements)
        {
            problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, typeLocation, "Parameter count", "all Affine layers", typeName,
                parameterCount.ToString(CultureInfo.InvariantCulture), "at most " + Format(MaxElements)));
        }

        return layers.MoveToImmutable();
    }

    private static void CheckPositive(string what, int value, string layer, string typeName, Location location, List<LayerProblem> problems)
    {
        if (value <= 0 || value > MaxElements)
        {
            problems.Add(new LayerProblem(LayerRules.InvalidLayerSize, location, what, layer, typeName, Format(value),
                value <= 0 ? "positive" : "at most " + Format(MaxElements)));
        }
    }

    private static void CheckNameCollisions(INamedTypeSymbol type, string typeName, Location typeLocation, ImmutableArray<ResolvedLayer> layers, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        HashSet<string> generated = GeneratedNames.For(layers);
        if (generated.Contains(typeName))
        {
            problems.Add(new LayerProblem(LayerRules.GeneratedNameCollision, typeLocation, typeName, "the class name", typeName));
        }

        foreach (ISymbol member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared || !generated.Contains(member.Name) || IsGeneratedByLayerGen(member))
            {
                continue;
            }

            Location location = member.Locations.Length > 0 && member.Locations[0].IsInSource ? member.Locations[0] : typeLocation;
            problems.Add(new LayerProblem(LayerRules.GeneratedNameCollision, location, member.Name, "the member '" + member.Name + "'", typeName));
        }

        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            foreach (ISymbol member in baseType.GetMembers())
            {
                if (member.DeclaredAccessibility != Accessibility.Private && !member.IsImplicitlyDeclared && generated.Contains(member.Name))
                {
                    problems.Add(new LayerProblem(LayerRules.GeneratedNameCollision, typeLocation, member.Name,
                        "the inherited member '" + baseType.Name + "." + member.Name + "'", typeName));
                }
            }
        }
    }

    /// <summary>True for members that LayerGen's own generated file declares (seen by the analyzer, never by the generator).</summary>
    private static bool IsGeneratedByLayerGen(ISymbol member)
    {
        if (member.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree.FilePath.IndexOf("LayerGen.Generator.LayerGenerator", System.StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static Location LocationOf(AttributeData data, Location fallback, CancellationToken cancellationToken) =>
        data.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? fallback;

    private static string DescribeAttribute(LayerKind kind, AttributeData data)
    {
        var text = new System.Text.StringBuilder(DisplayName(kind));
        if (data.ConstructorArguments.Length > 0)
        {
            text.Append('(');
            for (int i = 0; i < data.ConstructorArguments.Length; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty).Append(Format((int)data.ConstructorArguments[i].Value!));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Diagnostic IDs the validator produces (the descriptors live in LayerGen.Analyzers).</summary>
internal static class LayerRules
{
    public const string LayerClassNotPartial = "LG1001";
    public const string InvalidLayerSize = "LG1002";
    public const string LayerSizeMismatch = "LG1003";
    public const string LossLayerNotLast = "LG1004";
    public const string UnsupportedLayerType = "LG1005";
    public const string GeneratedNameCollision = "LG1006";
    public const string LayersSplitAcrossDeclarations = "LG1007";
}

/// <summary>The kinds of layer attributes.</summary>
internal enum LayerKind
{
    Affine,
    Relu,
    Sigmoid,
    Tanh,
    Softmax,
    SoftmaxWithLoss,
}

/// <summary>A layer with its sizes resolved (activations take the previous layer's size; 0 = any size, standalone).</summary>
internal readonly record struct ResolvedLayer(LayerKind Kind, int Inputs, int Outputs);

/// <summary>One problem: a rule ID (<see langword="null"/> = compiler error already reported), where, and message arguments.</summary>
internal sealed class LayerProblem(string? ruleId, Location location, params object[] arguments)
{
    public string? RuleId { get; } = ruleId;

    public Location Location { get; } = location;

    public object[] Arguments { get; } = arguments;
}

/// <summary>Result of <see cref="LayerValidator.Validate"/>.</summary>
internal sealed class LayerValidation(ImmutableArray<ResolvedLayer> layers, int precision, int seed, int kernel, List<LayerProblem> problems)
{
    public ImmutableArray<ResolvedLayer> Layers { get; } = layers;

    /// <summary>0 = float, 1 = double (values of <c>LayerGen.Precision</c>).</summary>
    public int Precision { get; } = precision;

    public int Seed { get; } = seed;

    /// <summary>Value of <c>LayerGen.SoftmaxKernel</c>.</summary>
    public int Kernel { get; } = kernel;

    public List<LayerProblem> Problems { get; } = problems;

    public bool IsValid => Problems.Count == 0;
}
