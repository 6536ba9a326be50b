using System.Text;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Xunit.Abstractions;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The analyzer stays bounded on large and pathological methods: 200 exps under 50 nested loops summed in one
/// 200-term expression, a 1,200-line method, 100 helpers calling each other (in a cycle), a 600-case switch. Each runs
/// through the real analyzer (it must finish, throw nothing and report what the code is), and its model, asked every
/// rule's questions, must have done work linear in the method's size: <see cref="SoftmaxModel.Evaluations"/> (values,
/// views and indices computed, not read from a cache) at most <see cref="WorkPerOperation"/> per operation of the
/// analysed block, and an inlined block no bigger than its helpers' node limit allows. These are counts, not times:
/// they are the same on a loaded machine as on an idle one, so the test cannot flake; a superlinear mechanism (a cache
/// cleared per question, a value re-evaluated per exp) shows as a count that grows with the input.
/// </summary>
public sealed class AnalyzerCostGuardTests(ITestOutputHelper output)
{
    /// <summary>
    /// The bound on work per operation. The corpus's largest ratio is far below it (see the report of the first
    /// test); a quadratic mechanism over 200 exps or 5,000 lines would be far above it.
    /// </summary>
    private const int WorkPerOperation = 8;

    [Fact]
    public async Task TwoHundredExpsUnderFiftyNestedLoops()
    {
        var body = new StringBuilder();
        for (var depth = 0; depth < 50; depth++)
        {
            body.Append($"for (int i{depth} = 0; i{depth} < n; i{depth}++)\n");
        }

        body.Append("{\n").Append("float s = 0f;\n");
        for (var k = 0; k < 200; k++)
        {
            body.Append($"float e{k} = MathF.Exp(x[i49 * 200 + {k}]); s += e{k}; y[i49 * 200 + {k}] = e{k};\n");
        }

        // One 200-term expression too (above the explicit-sum limit: it is read as no sum, and must not recurse deeply).
        body.Append("float t = ").Append(string.Join(" + ", Enumerable.Range(0, 200).Select(k => $"e{k}"))).Append(";\n");
        body.Append("for (int k = 0; k < 200; k++) y[i49 * 200 + k] /= s;\n");

        body.Append("}\n");
        var diagnostics = await Check(Method("Deep", "float[] x, float[] y, int n", body.ToString()), "Deep");

        // Every exp is raw: unshifted (LG0003) and nothing else.
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, diagnostic => Assert.Equal("LG0003", diagnostic.Id));
    }

    [Fact]
    public async Task TwelveHundredLineMethod()
    {
        // 20 stable softmaxes of one vector between 1,120 lines of plain arithmetic (a long generated method). At 5,000
        // lines (100 softmaxes) the analyzer finishes but takes minutes: some questions still scan every write of a
        // buffer or local shared by all blocks (see the branch report); this size keeps the test quick.
        var body = new StringBuilder("float t = 0f;\n");
        for (var block = 0; block < 20; block++)
        {
            body.Append("{\n")
                .Append("    float m = float.NegativeInfinity; for (int j = 0; j < n; j++) m = MathF.Max(m, x[j]);\n")
                .Append("    float s = 0f; for (int j = 0; j < n; j++) { y[j] = MathF.Exp(x[j] - m); s += y[j]; }\n")
                .Append("    for (int j = 0; j < n; j++) y[j] /= s;\n")
                .Append("}\n");
            for (var line = 0; line < 56; line++)
            {
                body.Append($"t = t * 0.5f + x[{line}] * {block + 1}f;\n");
            }
        }

        body.Append("y[0] += t * 0f;\n");
        var source = Method("Long", "float[] x, float[] y, int n", body.ToString());
        Assert.True(source.Split('\n').Length >= 1200, "the method is 1,200 lines");

        // Correct code.
        Assert.Empty(await Check(source, "Long"));
    }

    [Fact]
    public async Task HundredHelpersCallingEachOther()
    {
        var helpers = new StringBuilder();
        for (var k = 0; k < 100; k++)
        {
            // H99 closes a cycle back to H0; every helper may also exponentiate.
            var next = (k + 1) % 100;
            helpers.Append($"    static float H{k}(float v, int d) => d <= 0 ? MathF.Exp(v) : H{next}(v, d - 1);\n");
        }

        var source = $$"""
            using System;
            static class C {
            {{helpers}}
                static void Softmax(float[] x, float[] y) {
                    float m = float.NegativeInfinity;
                    for (int j = 0; j < x.Length; j++) m = MathF.Max(m, x[j]);
                    float s = 0f;
                    for (int j = 0; j < x.Length; j++) { y[j] = H0(x[j] - m, 3); s += y[j]; }
                    for (int j = 0; j < x.Length; j++) y[j] /= s;
                }
            }
            """;
        Assert.DoesNotContain(await Check(source, "Softmax"), diagnostic => diagnostic.Id != "LG0003");
    }

    [Fact]
    public async Task SixHundredCaseSwitch()
    {
        var cases = new StringBuilder();
        for (var k = 0; k < 600; k++)
        {
            cases.Append($"case {k}: for (int j = 0; j < n; j++) {{ y[j] = MathF.Exp(x[j] - m) * {k + 1}f; s += y[j]; }} break;\n");
        }

        var body = $$"""
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, x[j]);
            float s = 0f;
            switch (mode) {
            {{cases}}
            }
            for (int j = 0; j < n; j++) y[j] /= s;
            """;
        Assert.Empty(await Check(Method("Switch", "float[] x, float[] y, int n, int mode", body), "Switch"));
    }

    private static string Method(string name, string parameters, string body) => $$"""
        using System;
        static class C {
            static void {{name}}({{parameters}}) {
        {{body}}
            }
        }
        """;

    /// <summary>Runs the analyzer on <paramref name="source"/> and bounds the work of <paramref name="name"/>'s model; returns the diagnostics.</summary>
    private async Task<List<Diagnostic>> Check(string source, string name)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = (await FixRunner.AnalyzeAsync(compilation)).ToList();
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");

        var tree = compilation.SyntaxTrees.Single();
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.ValueText == name);
        var body = (IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        var sourceOperations = body.DescendantsAndSelf().Count();
        var model = SoftmaxModel.BuildWithInlinedHelpers(body, WellKnownSymbols.Create(compilation), () => ControlFlowGraph.Create(body), CancellationToken.None);
        foreach (var rule in SoftmaxAnalyzer.Rules)
        {
            _ = rule.Find(model).Count();
        }

        output.WriteLine($"{name}: {sourceOperations} source operations, {model.OperationCount} modelled, {model.Evaluations} evaluations, {diagnostics.Count} diagnostics");
        Assert.True(model.OperationCount <= sourceOperations + 5000, $"the inlined block has {model.OperationCount} operations for {sourceOperations} written");
        Assert.True(
            model.Evaluations <= WorkPerOperation * Math.Max(model.OperationCount, sourceOperations),
            $"{model.Evaluations} evaluations for {model.OperationCount} operations: more than {WorkPerOperation} per operation");
        return diagnostics;
    }
}
