using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <see cref="CallSyntax"/>, the syntax-only call reading the analyzer's exp pre-filter and <see cref="ExpReach"/> now
/// share (refactor48; before, each kept its own copy): which call a name is the callee of, and which arguments are
/// constants, so <c>Math.Pow(Math.E, v)</c> may be an exponential of data and <c>Math.Pow(x, y)</c> is not.
/// </summary>
public class SoftmaxModelCallSyntaxTests
{
    /// <summary>The last simple name spelled <paramref name="name"/> in <paramref name="expression"/>.</summary>
    private static SimpleNameSyntax NameIn(string expression, string name) =>
        SyntaxFactory.ParseExpression(expression).DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Last(node => node.Identifier.ValueText == name);

    [Theory]
    [InlineData("Math.Pow(2.0, x)")]
    [InlineData("MathF.Pow(2f, s[i])")]
    [InlineData("Pow(Math.E, v)")]
    [InlineData("System.Math.Pow(b, e)")]
    [InlineData("Pow<double>(b, e)")]
    public void A_name_in_the_callee_position_gives_its_call(string expression)
    {
        var call = CallSyntax.CallOf(NameIn(expression, "Pow"));

        Assert.NotNull(call);
        Assert.Equal(2, call!.ArgumentList.Arguments.Count);
    }

    [Theory]
    [InlineData("x.Select(Math.Pow)")] // a method group: an argument, no call of Pow here
    [InlineData("F(Pow)")]
    [InlineData("Pow.Invoke(a, b)")] // Pow is the receiver, Invoke the callee
    [InlineData("Math.Pow")]
    [InlineData("new Pow(a, b)")]
    public void A_name_elsewhere_names_no_call(string expression) =>
        Assert.Null(CallSyntax.CallOf(NameIn(expression, "Pow")));

    [Theory]
    [InlineData("2.0")]
    [InlineData("-2.0")]
    [InlineData("(float)Math.E")]
    [InlineData("E")]
    [InlineData("MathF.E")]
    [InlineData("-(2f)")]
    [InlineData("(double)(10)")]
    public void Literals_and_e_are_constants(string expression) =>
        Assert.True(CallSyntax.IsConstant(SyntaxFactory.ParseExpression(expression)));

    [Theory]
    [InlineData("x")]
    [InlineData("a[i]")]
    [InlineData("Math.Log(2.0)")]
    [InlineData("2.0 * x")]
    [InlineData("-x")]
    [InlineData("(float)b")]
    [InlineData("Math.PI")]
    public void Data_and_other_expressions_are_not(string expression) =>
        Assert.False(CallSyntax.IsConstant(SyntaxFactory.ParseExpression(expression)));
}
