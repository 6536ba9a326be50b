using System.Linq;
using System.Threading;
using LayerGen.Analyzers.Softmax.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Which types' blocks may import probabilities (<see cref="SoftmaxAnalyzer.MentionsExp"/>): a block that computes no
/// exp is modelled only when its type mentions one, so a log or a Jacobian of a field its forward pass filled is seen.
/// A power of a variable base or a constant number is no exp: a linear-algebra type with one element-wise power must not
/// have every method modelled (mathnet-numerics' managed provider did).
/// </summary>
public sealed class AnalyzerGateTests
{
    [Theory]
    [InlineData("y[i] = Math.Exp(x[i]);")]
    [InlineData("y[i] = MathF.Exp(x[i] - m);")]
    [InlineData("y[i] = Math.Pow(Math.E, x[i]);")]
    [InlineData("y[i] = Math.Pow(10, x[i]);")]
    [InlineData("y[i] = (float)Math.Pow(2.0, -x[i]);")]
    [InlineData("y[i] = Pow(E, x[i]);")]
    [InlineData("Func<double, double, double> f = Math.Pow;")]
    [InlineData("Softmax(x, y);")]
    public void TypesThatMayComputeExpsAreModelled(string statement) => Assert.True(Mentions(statement));

    [Theory]
    [InlineData("y[i] = Math.Pow(x[i], y[i]);")]
    [InlineData("y[i] = (float)Math.Pow(x[i], 2);")]
    [InlineData("var eps = Math.Pow(2.0, -52.0);")]
    [InlineData("y[i] = Complex.Pow(x[i], y[i]);")]
    [InlineData("y[i] = Math.Sqrt(x[i]) + Math.Log(x[i]);")]
    public void TypesWithPowersOnlyAreNot(string statement) => Assert.False(Mentions(statement));

    private static bool Mentions(string statement)
    {
        var source = $$"""
            using System;
            using static System.Math;
            public sealed class Provider
            {
                public void PointWise(double[] x, double[] y, int i, double m) { {{statement}} }
            }
            """;
        var compilation = CSharpCompilation.Create("Gate", [CSharpSyntaxTree.ParseText(source)], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var type = compilation.GetTypeByMetadataName("Provider")!;
        return SoftmaxAnalyzer.MentionsExp(type, CancellationToken.None);
    }
}
