using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What an arithmetic helper computes, read from its body (see SoftmaxModel.ArithmeticHelpers.cs and
/// SoftmaxModel.StatementHelpers.cs): the locals it declares once, in order, with their initialisers, and every
/// expression it returns with the branch conditions under which that <c>return</c> runs. A helper written as one
/// expression has one return and no condition.
/// </summary>
internal sealed class HelperReturns
{
    public HelperReturns(IOperation body, ImmutableArray<(ILocalSymbol Local, IOperation Value)> locals, ImmutableArray<HelperReturn> returns)
    {
        Body = body;
        Locals = locals;
        Returns = returns;
    }

    /// <summary>The helper's body (a block, or the one returned expression): its values hold for one call only.</summary>
    public IOperation Body { get; }

    /// <summary>The helper's own locals in declaration order, each written once by its initialiser.</summary>
    public ImmutableArray<(ILocalSymbol Local, IOperation Value)> Locals { get; }

    /// <summary>Every returned expression (a <c>throw</c> returns nothing and is not listed).</summary>
    public ImmutableArray<HelperReturn> Returns { get; }
}

/// <summary>One returned expression of a helper and the branch conditions that hold wherever it is returned.</summary>
internal sealed class HelperReturn
{
    public HelperReturn(IOperation value, ImmutableArray<PathCondition> path)
    {
        Value = value;
        Path = path;
    }

    public IOperation Value { get; }

    /// <summary>The enclosing branches (and earlier early exits) with the outcome that leads to this return.</summary>
    public ImmutableArray<PathCondition> Path { get; }
}

/// <summary>A branch (an <c>if</c> or a <c>?:</c>) and whether its condition holds on the path.</summary>
internal readonly struct PathCondition
{
    public PathCondition(IConditionalOperation branch, bool holds)
    {
        Branch = branch;
        Holds = holds;
    }

    public IConditionalOperation Branch { get; }

    public bool Holds { get; }
}
