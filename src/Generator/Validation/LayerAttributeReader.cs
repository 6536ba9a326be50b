// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>Reads the LayerGen attributes of a class into a <see cref="LayerDeclaration"/>; checks nothing else.</summary>
internal static class LayerAttributeReader
{
    /// <summary>
    /// Reads <paramref name="type"/>'s layer attributes and <c>[LayerOptions]</c>. Returns <see langword="null"/> when it
    /// carries neither.
    /// </summary>
    public static LayerDeclaration? Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var layers = ImmutableArray.CreateBuilder<LayerAttribute>();
        AttributeData? options = null;
        DifferentiableAttribute? differentiable = null;
        bool broken = false;
        Location typeLocation = type.Locations.Length > 0 ? type.Locations[0] : Location.None;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass || !IsInLayerGenNamespace(attributeClass))
            {
                continue;
            }

            if (attributeClass.Name == "LayerOptionsAttribute")
            {
                options = attribute;
                continue;
            }

            if (attributeClass.Name == "DifferentiableLayerAttribute")
            {
                differentiable = ReadDifferentiable(attribute, LocationOf(attribute, typeLocation, cancellationToken), ref broken);
                continue;
            }

            if (LayerKinds.FromAttributeName(attributeClass.Name) is not { } kind)
            {
                continue;
            }

            if (kind == LayerKind.Custom)
            {
                // [Layer<T>]: the size comes from T; an unbound or erroneous T is a compiler error.
                ITypeSymbol? target = attributeClass.TypeArguments.Length == 1 ? attributeClass.TypeArguments[0] : null;
                bool usableTarget = target is not null && target.TypeKind != TypeKind.Error;
                broken |= !usableTarget;
                layers.Add(new LayerAttribute(kind, ImmutableArray<int>.Empty, attribute, LocationOf(attribute, typeLocation, cancellationToken), usableTarget ? target : null));
                continue;
            }

            // An attribute named like ours but declared elsewhere may take other arguments: never index past them.
            ImmutableArray<int>? arguments = IntegerArguments(attribute);
            bool usable = attribute.AttributeConstructor is not null && arguments is { } values && kind.HasExpectedArity(values.Length);
            broken |= !usable;
            layers.Add(new LayerAttribute(kind, usable ? arguments!.Value : ImmutableArray<int>.Empty, attribute, LocationOf(attribute, typeLocation, cancellationToken)));
        }

        if (layers.Count == 0 && options is null && differentiable is null)
        {
            return null;
        }

        OptionsAttribute? readOptions = null;
        if (options is not null)
        {
            readOptions = ReadOptions(options, LocationOf(options, typeLocation, cancellationToken), out bool optionsBroken);
            broken |= optionsBroken;
        }

        return new LayerDeclaration(type, layers.ToImmutable(), readOptions, differentiable, broken);
    }

    /// <summary>True when <paramref name="type"/> carries <c>[DifferentiableLayer]</c> (LayerGen's).</summary>
    public static bool HasDifferentiableLayerAttribute(ITypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "DifferentiableLayerAttribute" } attributeClass && IsInLayerGenNamespace(attributeClass))
            {
                return true;
            }
        }

        return false;
    }

    private static DifferentiableAttribute? ReadDifferentiable(AttributeData attribute, Location location, ref bool broken)
    {
        ImmutableArray<int>? arguments = IntegerArguments(attribute);
        if (attribute.AttributeConstructor is null || arguments is not { Length: 1 or 2 } values)
        {
            broken = true;
            return null;
        }

        string text = values.Length == 1
            ? "DifferentiableLayer(" + values[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
            : "DifferentiableLayer(" + values[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
                + values[1].ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        return new DifferentiableAttribute(values[0], values[values.Length - 1], text, location);
    }

    /// <summary>True when <paramref name="type"/> (a base class, say) carries at least one layer attribute.</summary>
    public static bool HasLayerAttributes(INamedTypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && IsInLayerGenNamespace(attributeClass)
                && (LayerKinds.FromAttributeName(attributeClass.Name) is not null || attributeClass.Name == "DifferentiableLayerAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static OptionsAttribute ReadOptions(AttributeData options, Location location, out bool broken)
    {
        broken = options.AttributeConstructor is null;
        int precision = 0, seed = 0, kernel = 0;
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

        return new OptionsAttribute(precision, seed, kernel, location);
    }

    /// <summary>The constructor arguments when every one is an <see cref="int"/>; otherwise <see langword="null"/>.</summary>
    private static ImmutableArray<int>? IntegerArguments(AttributeData attribute)
    {
        var values = ImmutableArray.CreateBuilder<int>(attribute.ConstructorArguments.Length);
        foreach (TypedConstant argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error || argument.Value is not int value)
            {
                return null;
            }

            values.Add(value);
        }

        return values.MoveToImmutable();
    }

    private static bool IsInLayerGenNamespace(INamedTypeSymbol attributeClass) =>
        attributeClass.ContainingType is null
        && attributeClass.ContainingNamespace is { Name: "LayerGen" } ns
        && ns.ContainingNamespace is { IsGlobalNamespace: true };

    private static Location LocationOf(AttributeData data, Location fallback, CancellationToken cancellationToken) =>
        data.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? fallback;
}
