// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Validation;

/// <summary>
/// Finds a custom layer's <c>ForwardRow</c> and checks its shape: LG1101 (missing), LG1102 (not static), LG1103 (signature)
/// and LG1104 (learnable parameters). Its body is the differentiation engine's business, not this reader's.
/// </summary>
internal static class ForwardRowReader
{
    /// <summary>The method name a custom layer declares.</summary>
    public const string MethodName = "ForwardRow";

    /// <summary>
    /// Reads <paramref name="type"/>'s <c>ForwardRow</c>; returns its shape, or <see langword="null"/> after adding the
    /// problems that make it unusable.
    /// </summary>
    public static ForwardRowShape? Read(INamedTypeSymbol type, Location typeLocation, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        string typeName = type.Name;
        var methods = new List<IMethodSymbol>();
        foreach (ISymbol member in type.GetMembers(MethodName))
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && !NameCollisionChecks.IsGeneratedByLayerGen(method))
            {
                methods.Add(method);
            }
        }

        if (methods.Count == 0)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.ForwardRowMissing, typeLocation, typeName));
            return null;
        }

        IMethodSymbol forward = methods[0];
        Location location = LocationOf(forward, typeLocation);
        int before = problems.Count;
        if (methods.Count > 1)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidForwardRowSignature, LocationOf(methods[1], typeLocation), typeName,
                "is declared " + Format(methods.Count) + " times"));
            return null;
        }

        if (!forward.IsStatic)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.ForwardRowNotStatic, location, typeName));
        }

        if (SignatureProblem(forward, cancellationToken) is { } signature)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidForwardRowSignature, location, typeName, signature));
            return null;
        }

        ElementPrecision precision = ElementOf(forward.Parameters[0].Type) == SpecialType.System_Double ? ElementPrecision.Double : ElementPrecision.Float;
        ImmutableArray<LearnableParameter> learnables = ReadLearnables(type, forward, location, problems);
        return problems.Count == before ? new ForwardRowShape(forward, precision, learnables) : null;
    }

    /// <summary>What is wrong with the signature (completing "ForwardRow of 'X' …"), or <see langword="null"/>.</summary>
    private static string? SignatureProblem(IMethodSymbol forward, CancellationToken cancellationToken)
    {
        if (!forward.ReturnsVoid)
        {
            return "returns " + Display(forward.ReturnType);
        }

        if (forward.IsGenericMethod)
        {
            return "is generic";
        }

        if (!HasBody(forward, cancellationToken))
        {
            return "has no body";
        }

        ImmutableArray<IParameterSymbol> parameters = forward.Parameters;
        if (parameters.Length < 2)
        {
            return "has " + Format(parameters.Length) + (parameters.Length == 1 ? " parameter" : " parameters");
        }

        SpecialType element = ElementOf(parameters[0].Type);
        if (!IsSpan(parameters[0].Type, "ReadOnlySpan") || element is not (SpecialType.System_Single or SpecialType.System_Double))
        {
            return "takes '" + Display(parameters[0].Type) + " " + parameters[0].Name + "' first, not ReadOnlySpan<float> or ReadOnlySpan<double>";
        }

        string t = element == SpecialType.System_Double ? "double" : "float";
        for (int i = 0; i < parameters.Length; i++)
        {
            IParameterSymbol parameter = parameters[i];
            string expected = i == 1 ? "Span" : "ReadOnlySpan";
            if (!IsSpan(parameter.Type, expected) || ElementOf(parameter.Type) != element)
            {
                string role = i == 1 ? "second" : "after y (learnable parameters are ReadOnlySpan<" + t + ">)";
                return "takes '" + Display(parameter.Type) + " " + parameter.Name + "' " + (i == 1 ? "second, not Span<" + t + ">" : role);
            }

            if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.HasExplicitDefaultValue)
            {
                return "declares '" + parameter.Name + "' with a modifier or default value; take every span by value";
            }
        }

        return null;
    }

    private static ImmutableArray<LearnableParameter> ReadLearnables(INamedTypeSymbol type, IMethodSymbol forward, Location methodLocation, List<LayerProblem> problems)
    {
        string typeName = type.Name;
        ImmutableArray<IParameterSymbol> parameters = forward.Parameters;
        var learnables = ImmutableArray.CreateBuilder<LearnableParameter>(parameters.Length - 2);
        var propertyNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        long total = 0;
        for (int i = 0; i < parameters.Length; i++)
        {
            IParameterSymbol parameter = parameters[i];
            Location location = LocationOf(parameter, methodLocation);
            AttributeData? learnable = LearnableAttributeOf(parameter);
            if (i < 2)
            {
                if (learnable is not null)
                {
                    problems.Add(new LayerProblem(RuleIdentifiers.InvalidLearnableParameter, location, parameter.Name, typeName,
                        "is the " + (i == 0 ? "input row" : "output row") + " and cannot be [Learnable]; add learnable parameters after y"));
                }

                continue;
            }

            if (learnable is null)
            {
                problems.Add(new LayerProblem(RuleIdentifiers.InvalidLearnableParameter, location, parameter.Name, typeName,
                    "has no [Learnable(length)] attribute; every parameter after y is a learnable parameter and states its length"));
                continue;
            }

            if (learnable.AttributeConstructor is null || learnable.ConstructorArguments.Length != 1 || learnable.ConstructorArguments[0].Value is not int length)
            {
                // A missing or wrongly typed argument is a compiler error already.
                problems.Add(new LayerProblem(null, location));
                continue;
            }

            double initial = NamedDouble(learnable, "Initial"), deviation = NamedDouble(learnable, "StandardDeviation");
            string? problem = length <= 0 ? "has length " + Format(length) + "; it must be positive"
                : length > LayerSizeResolver.MaxElements ? "has length " + Format(length) + "; it must be at most " + Format(LayerSizeResolver.MaxElements)
                : double.IsNaN(initial) || double.IsInfinity(initial) ? "has Initial = " + initial.ToString("R", CultureInfo.InvariantCulture) + "; it must be finite"
                : double.IsNaN(deviation) || double.IsInfinity(deviation) || deviation < 0
                    ? "has StandardDeviation = " + deviation.ToString("R", CultureInfo.InvariantCulture) + "; it must be finite and not negative"
                : null;
            string property = AccessorName(type, parameter.Name);
            if (problem is null && propertyNames.TryGetValue(property, out string? other))
            {
                problem = "would get the property name '" + property + "' like parameter '" + other + "'; rename one of them";
            }

            if (problem is not null)
            {
                problems.Add(new LayerProblem(RuleIdentifiers.InvalidLearnableParameter, location, parameter.Name, typeName, problem));
                continue;
            }

            propertyNames[property] = parameter.Name;
            total += length;
            learnables.Add(new LearnableParameter(parameter.Name, property, length, initial, deviation));
        }

        if (total > LayerSizeResolver.MaxElements)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidLearnableParameter, methodLocation, "(all learnable parameters)", typeName,
                "hold " + total.ToString(CultureInfo.InvariantCulture) + " entries together; at most " + Format(LayerSizeResolver.MaxElements) + " are allowed"));
        }

        return learnables.ToImmutable();
    }

    /// <summary>Suffix of a learnable's accessor when the class already uses its PascalCase name.</summary>
    public const string TakenNameSuffix = "Parameter";

    /// <summary>
    /// The accessor of a learnable parameter: its <see cref="PropertyName"/>, or that name with
    /// <see cref="TakenNameSuffix"/> when the class already declares (or inherits) a member with that name or with the name
    /// of its gradient (<c>const int Factors = 3;</c> beside a learnable <c>factors</c> gives <c>FactorsParameter</c> and
    /// <c>FactorsParameterGradient</c>). Decided from the user's members only, so the generator and the analyzer agree.
    /// </summary>
    public static string AccessorName(INamedTypeSymbol type, string parameterName)
    {
        string property = PropertyName(parameterName);
        return NameCollisionChecks.IsTaken(type, property) || NameCollisionChecks.IsTaken(type, GeneratedNames.LearnableGradient(property))
            || NameCollisionChecks.IsTaken(type, GeneratedNames.LearnableStart(property))
            ? property + TakenNameSuffix
            : property;
    }

    /// <summary>The property name of a learnable parameter: <c>gain</c> → <c>Gain</c>, <c>_bias</c> → <c>Bias</c>.</summary>
    public static string PropertyName(string parameterName)
    {
        string trimmed = parameterName.TrimStart('_');
        if (trimmed.Length == 0 || !char.IsLetter(trimmed[0]))
        {
            trimmed = "Learnable" + trimmed;
        }

        return char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }

    private static AttributeData? LearnableAttributeOf(IParameterSymbol parameter)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LearnableAttribute", ContainingType: null, ContainingNamespace: { Name: "LayerGen" } ns }
                && ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return attribute;
            }
        }

        return null;
    }

    private static double NamedDouble(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            if (named.Key == name && named.Value.Value is double value)
            {
                return value;
            }
        }

        return 0;
    }

    private static bool IsSpan(ITypeSymbol type, string name) =>
        type is INamedTypeSymbol { Name: var typeName, TypeArguments.Length: 1, ContainingNamespace: { Name: "System" } ns }
        && typeName == name && ns.ContainingNamespace is { IsGlobalNamespace: true };

    private static SpecialType ElementOf(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named ? named.TypeArguments[0].SpecialType : SpecialType.None;

    private static bool HasBody(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null })
            {
                return true;
            }
        }

        return false;
    }

    private static Location LocationOf(ISymbol symbol, Location fallback) =>
        symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource ? symbol.Locations[0] : fallback;

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A usable <c>ForwardRow</c>: the method (for the differentiation engine), its element type and learnable parameters.</summary>
/// <param name="Method">The user's method.</param>
/// <param name="Precision">Float or double, from its spans.</param>
/// <param name="Learnables">Learnable parameters in declaration order.</param>
internal sealed record ForwardRowShape(IMethodSymbol Method, ElementPrecision Precision, ImmutableArray<LearnableParameter> Learnables);

/// <summary>One learnable parameter of a custom layer (a <c>[Learnable]</c> parameter of <c>ForwardRow</c>).</summary>
/// <param name="Name">The parameter name as declared (without <c>@</c>).</param>
/// <param name="PropertyName">The generated property: the name in PascalCase (<c>Gain</c>; its gradient is <c>GainGradient</c>), or
/// with <see cref="ForwardRowReader.TakenNameSuffix"/> when the class already uses that name (<see cref="ForwardRowReader.AccessorName"/>).</param>
/// <param name="Length">Number of entries.</param>
/// <param name="Initial">Initial value of every entry.</param>
/// <param name="StandardDeviation">Standard deviation of random initial values around <see cref="Initial"/>; 0 for none.</param>
internal readonly record struct LearnableParameter(string Name, string PropertyName, int Length, double Initial, double StandardDeviation);
