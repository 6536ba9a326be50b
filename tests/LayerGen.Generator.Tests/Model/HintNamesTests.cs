using System.Collections.Immutable;
using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Tests.Model;

/// <summary>Hint names are unique ignoring case and depend only on each class and on which classes clash.</summary>
public class HintNamesTests
{
    [Fact]
    public void Classes_without_a_clash_keep_their_qualified_name()
    {
        EquatableArray<GeneratedFile> files = HintNames.Assign([Model("Demo", "Net"), Model("Demo", "Other"), Model("", "Global")]);

        Assert.Equal(["Demo.Net.g.cs", "Demo.Other.g.cs", "Global.g.cs"], files.Select(file => file.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_equal_ignoring_case_get_a_suffix_from_their_exact_name()
    {
        EquatableArray<GeneratedFile> files = HintNames.Assign([Model("Demo", "Probs"), Model("Demo", "PROBS"), Model("demo", "probs")]);

        string[] hints = files.Select(file => file.HintName).ToArray();
        Assert.Equal(3, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Demo.Probs." + Fnv1a.Hash("Demo.Probs").ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs", hints);
    }

    [Fact]
    public void Hint_names_do_not_depend_on_input_order()
    {
        LayerClassModel[] models = [Model("Demo", "Probs"), Model("Demo", "PROBS"), Model("Demo", "Net")];

        Assert.Equal(HintNames.Assign([.. models]), HintNames.Assign([.. models.Reverse()]));
    }

    [Fact]
    public void A_nested_class_and_a_namespace_with_the_same_dotted_name_get_different_hints()
    {
        LayerClassModel nested = Model("A", "C", containers: ["B"]);
        LayerClassModel inNamespace = Model("A.B", "C");

        string[] hints = HintNames.Assign([nested, inNamespace]).Select(file => file.HintName).ToArray();

        Assert.Equal(2, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Fnv1a_is_the_published_function()
    {
        // Test vectors of 32-bit FNV-1a (ASCII text: one UTF-16 code unit per byte).
        Assert.Equal(0x811C9DC5u, Fnv1a.Hash(string.Empty));
        Assert.Equal(0xE40C292Cu, Fnv1a.Hash("a"));
        Assert.Equal(0xBF9CF968u, Fnv1a.Hash("foobar"));
    }

    private static LayerClassModel Model(string ns, string name, string[]? containers = null)
    {
        containers ??= [];
        string qualified = string.Join(".", new[] { ns }.Where(part => part.Length > 0).Concat(containers).Append(name));
        string metadata = (ns.Length > 0 ? ns + "." : string.Empty) + string.Join("+", containers.Append(name));
        var identity = new ClassIdentity(ns, name, qualified, metadata,
            new EquatableArray<ContainingTypeModel>([.. containers.Select(container => new ContainingTypeModel("class", container))]));
        return new LayerClassModel(identity, new EquatableArray<ResolvedLayer>([new ResolvedLayer(LayerKind.Relu, 0, 0)]),
            ElementPrecision.Float, 0, KernelKind.Auto, null, new EquatableArray<SoftmaxKernelPlan>(ImmutableArray<SoftmaxKernelPlan>.Empty));
    }
}
