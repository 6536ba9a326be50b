using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Whether a value computed at one point can be used at another (a softmax's exp at its division).</summary>
internal sealed partial class FlowIndex
{
    private static readonly HashSet<(BasicBlock, int)> NoKills = new();

    /// <summary>
    /// True when control can pass <paramref name="value"/> and then come to <paramref name="use"/>: both in one
    /// operation of the graph (<c>p[i] = Math.Exp(v) / s</c>), or some path leads from the first to the second. A point
    /// inside a lambda stands at the place the lambda is created in the graph around it (a row loop moved into a
    /// <c>Parallel.For</c> body after an early return is still after it), a point in a local function at its one call
    /// (a fold moved into a local function). False only when the graphs prove that no such path exists: a softmax in an
    /// early-return branch and one in the loop after it. Unknown positions, and local functions called from several
    /// places, can.
    /// </summary>
    public bool MayFlowTo(IOperation value, IOperation use)
    {
        var start = Locate(value);
        var end = Locate(use);
        while (start is not null && end is not null && start.Graph != end.Graph)
        {
            // Lift the deeper point to its lambda's creation in the enclosing graph.
            if (Depth(start.Graph) >= Depth(end.Graph))
            {
                start = LambdaSite(start.Graph);
            }
            else
            {
                end = LambdaSite(end.Graph);
            }
        }

        return start is null || end is null || start == end || PathExists(start.Block, start.Index, end.Block, end.Index, NoKills);
    }

    /// <summary>
    /// Where the body of <paramref name="graph"/> runs in the enclosing graph: a lambda where it is created, a local
    /// function at its one call (a function named once besides its declaration, and called there); null otherwise.
    /// </summary>
    private Entry? LambdaSite(ControlFlowGraph graph)
    {
        if (graph.Parent is not { } parent)
        {
            return null;
        }

        var site = graph.OriginalOperation switch
        {
            IFlowAnonymousFunctionOperation or IAnonymousFunctionOperation => Locate(graph.OriginalOperation),
            ILocalFunctionOperation function => OnlyCall(parent, function.Symbol) is { } call ? Locate(call) : null,
            _ => null,
        };
        return site?.Graph == parent ? site : null;
    }

    /// <summary>The one call of <paramref name="function"/> in <paramref name="graph"/>, when the method names it nowhere else.</summary>
    private static IInvocationOperation? OnlyCall(ControlFlowGraph graph, IMethodSymbol function)
    {
        var root = graph;
        while (root.Parent is { } outer)
        {
            root = outer;
        }

        var mentions = root.OriginalOperation.Syntax.DescendantNodes().OfType<IdentifierNameSyntax>().Count(name => name.Identifier.ValueText == function.Name);
        if (mentions != 1)
        {
            return null;
        }

        return graph.Blocks
            .SelectMany(block => block.BranchValue is { } branch ? block.Operations.Add(branch) : block.Operations)
            .SelectMany(operation => operation.DescendantsAndSelf())
            .OfType<IInvocationOperation>()
            .FirstOrDefault(call => SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, function.OriginalDefinition));
    }

    private static int Depth(ControlFlowGraph graph)
    {
        var depth = 0;
        for (var current = graph.Parent; current is not null; current = current.Parent)
        {
            depth++;
        }

        return depth;
    }
}
