using LayerGen.Generator.Tests.Infrastructure;

namespace LayerGen.Generator.Tests;

/// <summary>
/// Names that trip up generators: classes and namespaces that differ only in letter case (hint names are compared
/// case-insensitively, CS8785), layer classes inside <c>file</c>-local types, and nesting.
/// </summary>
public class AwkwardNamesTests
{
    private const string CaseTwins = """
        using LayerGen;
        namespace Models
        {
            [Softmax(3)] public partial class Probs;
            [Softmax(4)] public partial class PROBS;
            [Relu] public partial class probs;
            public partial class Outer { [Softmax(2)] public partial class Inner; }
            public partial class OUTER { [Softmax(2)] public partial class Inner; }
        }
        namespace models
        {
            [Affine(2, 3), SoftmaxWithLoss] public partial class Probs;
        }
        """;

    [Fact]
    public void Classes_whose_names_differ_only_in_case_all_generate()
    {
        // GeneratorRunner.Run asserts that the generator did not throw (a duplicate hint name throws, CS8785).
        GeneratorResult result = GeneratorRunner.Run(CaseTwins);

        Assert.Equal(6, result.Sources.Count);
        Assert.Equal(6, result.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(GeneratorRunner.Problems(result.Output));
    }

    [Fact]
    public void Hint_names_do_not_depend_on_declaration_order()
    {
        string[] blocks = CaseTwins.Split("namespace ", StringSplitOptions.RemoveEmptyEntries)[1..];
        GeneratorResult forward = GeneratorRunner.Run("using LayerGen;\nnamespace " + blocks[0], "using LayerGen;\nnamespace " + blocks[1]);
        GeneratorResult reversed = GeneratorRunner.Run("using LayerGen;\nnamespace " + blocks[1], "using LayerGen;\nnamespace " + blocks[0]);

        Assert.Equal(forward.Sources, reversed.Sources);
    }

    [Fact]
    public void A_class_without_a_case_twin_keeps_its_plain_hint_name()
    {
        GeneratorResult result = GeneratorRunner.Run("using LayerGen;\nnamespace Demo;\n[Softmax(3)] public partial class Probs;\n[Relu] public partial class Other;\n");

        Assert.Equal(["Demo.Other.g.cs", "Demo.Probs.g.cs"], result.Sources.Keys);
    }

    [Fact]
    public void A_nested_class_and_a_namespace_with_the_same_dotted_name_do_not_crash_the_generator()
    {
        // Namespace A.B and class A.B conflict (CS0101), but the generator must still not throw on two hints "A.B.C".
        GeneratorResult result = GeneratorRunner.Run("""
            using LayerGen;
            namespace A.B { [Softmax(3)] public partial class C; }
            namespace A { public partial class B { [Softmax(4)] public partial class C; } }
            """);

        Assert.Equal(2, result.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Layers_nested_in_file_local_types_are_not_generated_onto_another_type()
    {
        // Before: the members of Holder.Inner were generated onto a non-file 'partial class Holder', which merged with the
        // public Holder of the second file, so the user's file-local class silently had no Forward.
        GeneratorResult result = GeneratorRunner.Run(
            """
            using LayerGen;
            namespace Demo;
            file partial class Holder { [Softmax(3)] public partial class Inner; }
            file partial class Top { public partial class Middle { [Relu] public partial class Deep; } }
            """,
            """
            namespace Demo;
            public partial class Holder { public partial class Inner { } }
            """);

        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Keyword_names_nested_types_and_the_global_namespace_compile()
    {
        GeneratorResult result = GeneratorRunner.Run(
            """
            using LayerGen;
            namespace @class.Models;
            public partial class @struct { [Softmax(3)] public partial class @event; }
            [Affine(2, 3), SoftmaxWithLoss] public partial class @var;
            public partial class Outer { public partial record Middle { public partial struct Inner { [Affine(3, 3), Softmax] internal partial class Net; } } }
            """,
            "using LayerGen;\n[SoftmaxWithLoss(4)] partial class @params;\n[Softmax(4)] partial class Params;\n");

        Assert.Equal(5, result.Sources.Count);
        Assert.Empty(GeneratorRunner.Problems(result.Output));
    }
}
