// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Tuple deconstruction: <c>(z[j], z[j + 1]) = (z[j + 1], z[j]);</c> (a swap), <c>(a, b) = (b, a + b);</c>,
/// <c>var (mean, std) = (m, s);</c> and <c>var (mean, std) = MeanAndStd(x);</c> of a helper returning a tuple literal.
/// As C# does, every value is computed first (into a fresh local each), then the targets are assigned left to right,
/// reals before integer locals, so an index in a target reads the integers it read before the statement.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private const string TupleShapes =
        "a deconstruction assigns a tuple literal or the result of a helper returning one to locals, elements of y or local buffers, or new locals (var (a, b) = …)";

    private void LowerDeconstruction(IDeconstructionAssignmentOperation deconstruction, string source, List<Statement> output)
    {
        IOperation targetTuple = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        List<IOperation> targets = targetTuple is ITupleOperation tuple ? tuple.Elements.Select(Declared).ToList() : [];

        // The locals it declares are not reported again where they are read if it is reported.
        foreach (ILocalSymbol declared in DeclaredLocals(deconstruction))
        {
            _rejectedLocals.Add(declared);
        }

        if (targets.Count == 0 || targets.Any(t => t is ITupleOperation))
        {
            Report(RuleIdentifiers.UnsupportedStatement, deconstruction, "the nested deconstruction '" + source + "'", TupleShapes);
            return;
        }

        List<object?>? values = TupleValues(deconstruction.Value, targets, source);
        if (values is null)
        {
            return;
        }

        var reals = new List<Statement>();
        var ints = new List<Statement>();
        for (int i = 0; i < targets.Count; i++)
        {
            IOperation target = targets[i];
            object? value = values[i];
            if (target is IDiscardOperation || value is null)
            {
                continue;
            }

            if (target is ILocalReferenceOperation { IsDeclaration: true, Local: var local })
            {
                DeclareFromTuple(local, value, source, reals, ints);
                continue;
            }

            if (target is ILocalReferenceOperation reference && IsInteger(reference.Local.Type) && _intLocals.TryGetValue(reference.Local, out int intId))
            {
                if (_loopVariables.Contains(intId))
                {
                    Report(RuleIdentifiers.UnsupportedLoop, target, "assigning the loop variable '" + reference.Local.Name + "'", Supported.Loops);
                }
                else if (value is IntExpr integer)
                {
                    ints.Add(new IntAssign(source, intId, integer, IsDeclaration: false));
                }

                continue;
            }

            if (Target(target) is { } place && value is RealExpr real)
            {
                reals.Add(Assign(source, place, Coerce(real, place.Type)));
            }
        }

        output.AddRange(reals);
        output.AddRange(ints);
    }

    /// <summary>The values of a deconstruction, each in a fresh local (a <see cref="RealLocal"/> or <see cref="IntMutable"/>); null when reported.</summary>
    private List<object?>? TupleValues(IOperation value, List<IOperation> targets, string source)
    {
        IOperation unconverted = value;
        while (unconverted is IConversionOperation conversion)
        {
            unconverted = conversion.Operand;
        }

        if (unconverted is IInvocationOperation invocation)
        {
            return HelperTuple(invocation, targets);
        }

        if (unconverted is not ITupleOperation tuple || tuple.Elements.Length != targets.Count)
        {
            Report(RuleIdentifiers.UnsupportedStatement, value, "the deconstructed value '" + Text(value.Syntax) + "'", TupleShapes);
            return null;
        }

        var values = new List<object?>(targets.Count);
        bool failed = false;
        for (int i = 0; i < targets.Count; i++)
        {
            IOperation element = tuple.Elements[i];
            ITypeSymbol? type = targets[i].Type;
            if (targets[i] is IDiscardOperation)
            {
                values.Add(null);
                continue;
            }

            if (IsInteger(type))
            {
                IntExpr? integer = IntAssignmentValue(element);
                if (integer is null)
                {
                    failed = true;
                    values.Add(null);
                    continue;
                }

                int temporary = NewMutableInt(NameOf(targets[i]));
                _context?.Before.Add(new IntAssign(source, temporary, integer, IsDeclaration: true));
                values.Add(new IntMutable(temporary));
            }
            else if (RealTypeOf(type) is { } realType)
            {
                RealExpr? real = Real(element);
                if (real is null)
                {
                    failed = true;
                    values.Add(null);
                    continue;
                }

                int temporary = NewRealLocal(NameOf(targets[i]), realType);
                _context?.Before.Add(new AssignLocal(source, temporary, Coerce(real, realType), IsDeclaration: true));
                values.Add(new RealLocal(realType, temporary));
            }
            else
            {
                if (!IsPoisoned(targets[i]))
                {
                    Report(RuleIdentifiers.UnsupportedExpression, targets[i], "the deconstructed '" + Text(targets[i].Syntax) + "' of type " + type?.ToDisplayString(), TupleShapes);
                }

                failed = true;
                values.Add(null);
            }
        }

        return failed ? null : values;
    }

    /// <summary><c>var (mean, std) = MeanAndStd(x);</c>: the helper inlined with one result local per tuple element.</summary>
    private List<object?>? HelperTuple(IInvocationOperation invocation, List<IOperation> targets)
    {
        IMethodSymbol target = invocation.TargetMethod;
        bool ownCode = target.MethodKind == MethodKind.LocalFunction || !target.DeclaringSyntaxReferences.IsEmpty;
        if (!ownCode || target.ReturnType is not INamedTypeSymbol { IsTupleType: true, TupleElements: var elements } || elements.Length != targets.Count)
        {
            ReportCall(invocation, ownCode ? "not a helper returning a tuple of " + targets.Count + " float, double or int values" : null);
            return null;
        }

        var slots = new List<RealType?>(elements.Length);
        foreach (IFieldSymbol element in elements)
        {
            if (RealTypeOf(element.Type) is not { } real && !IsInteger(element.Type))
            {
                ReportCall(invocation, "not a helper returning a tuple of float, double or int values");
                return null;
            }

            slots.Add(RealTypeOf(element.Type));
        }

        string why = InlineBlocker(target, out IBlockOperation? body);
        if (why.Length > 0)
        {
            ReportCall(invocation, why);
            return null;
        }

        return InlineStatementsInto(invocation, target, body!, slots)?.Cast<object?>().ToList();
    }

    private void DeclareFromTuple(ILocalSymbol local, object value, string source, List<Statement> reals, List<Statement> ints)
    {
        if (RealTypeOf(local.Type) is { } type && value is RealExpr real)
        {
            int id = NewRealLocal(local.Name, type);
            _realLocals[local] = id;
            _rejectedLocals.Remove(local);
            reals.Add(new AssignLocal(source, id, Coerce(real, type), IsDeclaration: true));
        }
        else if (IsInteger(local.Type) && value is IntExpr integer)
        {
            int id = NewMutableInt(local.Name);
            _intLocals[local] = id;
            _rejectedLocals.Remove(local);
            ints.Add(new IntAssign(source, id, integer, IsDeclaration: true));
        }
    }

    /// <summary><c>var a</c> / <c>double a</c> inside a tuple target is the declared local's reference.</summary>
    private static IOperation Declared(IOperation element) => element is IDeclarationExpressionOperation { Expression: var declared } ? declared : element;

    private static IEnumerable<ILocalSymbol> DeclaredLocals(IOperation operation) =>
        operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Where(r => r.IsDeclaration).Select(r => r.Local)
            .Concat(operation.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>().Select(d => d.Symbol));

    private static string NameOf(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        _ => "item",
    };
}
