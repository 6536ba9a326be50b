using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using LayerGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Generator.Tests;

/// <summary>The pipeline caches: an unrelated edit re-runs nothing, and no Roslyn object is kept in a step's output.</summary>
public class IncrementalityTests
{
    private const string Layers = """
        using LayerGen;
        namespace Demo;
        [Softmax(10)] public partial class Probabilities;
        [Affine(4, 5), Relu, Affine(5, 3), SoftmaxWithLoss] public partial class TinyNet;
        [DifferentiableLayer(5)]
        public partial class Scale
        {
            static void ForwardRow(System.ReadOnlySpan<float> x, System.Span<float> y, [Learnable(5, Initial = 1)] System.ReadOnlySpan<float> gain)
            {
                for (int i = 0; i < x.Length; i++) { y[i] = gain[i] * x[i] * 2; }
            }
        }
        [Affine(4, 5), Layer<Scale>, Affine(5, 3), SoftmaxWithLoss] public partial class ScaledNet;
        public class Helper { public int Value => 1; }
        """;

    private static readonly string[] TrackedStepNames =
        [
            TrackingNames.LayerClasses, TrackingNames.OwnedLayerClasses, TrackingNames.LayerModels,
            TrackingNames.DifferentiableLayerClasses, TrackingNames.DifferentiableLayerModels,
            TrackingNames.HintNames, TrackingNames.GeneratedFiles,
        ];

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(Layers);
        CSharpCompilation edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int X => 2; }", GeneratorRunner.ParseOptions, path: "Other.cs"));

        AssertSecondRunCached(compilation, edited);
    }

    [Fact]
    public void Editing_another_class_in_the_same_file_leaves_every_step_cached_or_unchanged()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(Layers);
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SyntaxTree editedTree = tree.WithChangedText(tree.GetText().Replace(Layers.IndexOf("=> 1", StringComparison.Ordinal), 4, "=> 42"));
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(tree, editedTree);

        AssertSecondRunCached(compilation, edited);
    }

    [Fact]
    public void Changing_a_layer_regenerates_that_class_only()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(Layers);
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SyntaxTree editedTree = tree.WithChangedText(tree.GetText().Replace(Layers.IndexOf("Softmax(10)", StringComparison.Ordinal), 11, "Softmax(12)"));

        GeneratorDriver driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Contains("public const int Size = 12;", result.GeneratedSources.Single(s => s.HintName == "Demo.Probabilities.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        foreach (string step in new[] { TrackingNames.LayerModels, TrackingNames.GeneratedFiles })
        {
            IncrementalStepRunReason[] reasons = result.TrackedSteps[step]
                .SelectMany(run => run.Outputs)
                .Select(output => output.Reason)
                .ToArray();
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Contains(reasons, reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        }
    }

    [Fact]
    public void Editing_a_custom_layer_body_regenerates_that_layer_only()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(Layers);
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        int at = Layers.IndexOf("* 2;", StringComparison.Ordinal);
        SyntaxTree editedTree = tree.WithChangedText(tree.GetText().Replace(at, 4, "* 3;"));

        GeneratorDriver driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Contains("* 3", result.GeneratedSources.Single(s => s.HintName == "Demo.Scale.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        IncrementalStepRunReason[] custom = result.TrackedSteps[TrackingNames.DifferentiableLayerModels]
            .SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();
        Assert.Equal([IncrementalStepRunReason.Modified], custom);

        // The networks only depend on the custom layer's sizes and parameter count: their models are unchanged.
        IncrementalStepRunReason[] networks = result.TrackedSteps[TrackingNames.LayerModels]
            .SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();
        Assert.All(networks, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{reason}"));
        IncrementalStepRunReason[] files = result.TrackedSteps[TrackingNames.GeneratedFiles]
            .SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();
        Assert.Equal(1, files.Count(reason => reason == IncrementalStepRunReason.Modified));
    }

    private static void AssertSecondRunCached(Compilation first, Compilation second)
    {
        GeneratorDriver driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(first);
        GeneratorRunResult firstRun = driver.GetRunResult().Results.Single();
        Assert.Equal(4, firstRun.GeneratedSources.Length);
        foreach (string name in TrackedStepNames)
        {
            Assert.True(firstRun.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
            foreach (IncrementalGeneratorRunStep step in firstRun.TrackedSteps[name])
            {
                foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                {
                    AssertNoRoslynObjects(value, name);
                }
            }
        }

        driver = driver.RunGenerators(second);
        GeneratorRunResult secondRun = driver.GetRunResult().Results.Single();
        Assert.Equal(
            firstRun.GeneratedSources.Select(s => s.SourceText.ToString()),
            secondRun.GeneratedSources.Select(s => s.SourceText.ToString()));
        foreach (string name in TrackedStepNames)
        {
            foreach (IncrementalGeneratorRunStep step in secondRun.TrackedSteps[name])
            {
                foreach ((object _, IncrementalStepRunReason reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} output was {reason}");
                }
            }
        }

        foreach (IncrementalGeneratorRunStep step in secondRun.TrackedOutputSteps.SelectMany(pair => pair.Value))
        {
            Assert.All(step.Outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }

    /// <summary>Walks an output object graph and fails on any symbol, syntax node, location, semantic model or compilation.</summary>
    private static void AssertNoRoslynObjects(object? value, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object? Value, string Path)>();
        pending.Push((value, step));
        while (pending.Count > 0)
        {
            (object? current, string path) = pending.Pop();
            if (current is null || current is string || current.GetType().IsPrimitive || current.GetType().IsEnum)
            {
                continue;
            }

            Assert.False(
                current is ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel or Compilation or SyntaxToken,
                $"{path} holds a {current.GetType().Name}");
            if (!current.GetType().IsValueType && !visited.Add(current))
            {
                continue;
            }

            if (current is IEnumerable items)
            {
                int index = 0;
                foreach (object? item in items)
                {
                    pending.Push((item, $"{path}[{index++}]"));
                }
            }

            for (Type? type = current.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    pending.Push((field.GetValue(current), $"{path}.{field.Name}"));
                }
            }
        }
    }
}
