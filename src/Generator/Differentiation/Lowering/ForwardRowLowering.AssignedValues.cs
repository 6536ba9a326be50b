// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>Assignments used as values: <c>cumsum[i] = running += x[i];</c>, <c>a = b = 0;</c>.</summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>
    /// An assignment to a real local used as a value (<c>cumsum[i] = running += x[i];</c>, <c>a = b = 0;</c>): the
    /// assignment runs before the statement and the value is the local's new value. Only where the statement surely
    /// runs it and reads the local nowhere else (else C# would read the old value there); null when it is not that.
    /// </summary>
    private RealExpr? AssignedValue(IOperation assignment)
    {
        IOperation target = assignment is ISimpleAssignmentOperation simple ? simple.Target : ((ICompoundAssignmentOperation)assignment).Target;
        if (_context is null || _conditionalDepth > 0 || target is not ILocalReferenceOperation { Local: var local } || !_realLocals.ContainsKey(local))
        {
            return null;
        }

        IOperation statement = assignment;
        while (statement.Parent is { } parent && parent is not (IExpressionStatementOperation or IVariableDeclarationGroupOperation or IBlockOperation))
        {
            statement = parent;
        }

        int uses = statement.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Count(r => SymbolEqualityComparer.Default.Equals(r.Local, local));
        if (uses > 1 + assignment.Descendants().OfType<ILocalReferenceOperation>().Count(r => r != target && SymbolEqualityComparer.Default.Equals(r.Local, local)))
        {
            return null;
        }

        var hoisted = new List<Statement>();
        LowerExpressionStatementOperation(assignment, Text(assignment.Syntax), hoisted);
        _context.Before.AddRange(hoisted);
        return Target(target) is { } place ? place.Read : null;
    }
}
